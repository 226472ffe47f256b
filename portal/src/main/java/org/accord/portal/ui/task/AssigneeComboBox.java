package org.accord.portal.ui.task;

import com.vaadin.flow.component.combobox.ComboBox;
import org.accord.people.PersonRef;
import org.accord.task.Tasks;

/** Chooses an active person a task may be given to, fetched as the user types. */
class AssigneeComboBox extends ComboBox<PersonRef> {

    static final int CHOICES = 50;

    AssigneeComboBox(Tasks tasks) {
        setItemLabelGenerator(PersonRef::label);
        setItems(query -> tasks.assignable(query.getFilter().orElse(""), CHOICES).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        setClearButtonVisible(true);
        setWidth("18rem");
    }
}
