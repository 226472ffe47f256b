package org.accord.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.accord.people.Language;
import org.accord.people.MyAccount;

/** Switches the portal's language and remembers the choice in the user's profile. */
public class LanguageSelect extends Select<Language> {

    public LanguageSelect(MyAccount myAccount, Language current) {
        setItems(Language.values());
        setItemLabelGenerator(Texts::language);
        setValue(current);
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                myAccount.changeLanguage(event.getValue());
                VaadinSession.getCurrent().setLocale(event.getValue().locale());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
