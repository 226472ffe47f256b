package org.accord.portal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.List;
import org.accord.people.Agency;

/**
 * What a form's agency field offers: the active agencies, and the one the record already names even when it is no
 * longer active, so that editing a record never loses or changes its agency unasked.
 */
public final class AgencyChoices {

    private AgencyChoices() {
    }

    public static void offer(ComboBox<Agency> field, List<Agency> agencies) {
        var choices = new ListDataProvider<>(new ArrayList<>(agencies));
        choices.setFilter(agency -> agency.isActive() || agency.equals(field.getValue()));
        field.setItems(choices);
    }
}
