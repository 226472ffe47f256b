package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.function.Supplier;
import org.accord.people.Directory;
import org.accord.people.PersonRef;
import org.accord.people.Role;

/** Chooses an active oversight lead of one country (of any, while the country is null), fetched as the user types. */
class LeadComboBox extends ComboBox<PersonRef> {

    static final int CHOICES = 50;

    LeadComboBox(Directory directory, Supplier<String> partyCode) {
        setItemLabelGenerator(PersonRef::label);
        setItems(query -> directory.choosable(Role.OVERSIGHT_LEAD, partyCode.get(), query.getFilter().orElse(""), CHOICES)
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        setClearButtonVisible(true);
    }

    /** The country changed: offer its leads from now on. */
    void refreshChoices() {
        getDataProvider().refreshAll();
    }
}
