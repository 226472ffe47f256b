package org.accord.portal.ui.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.accord.notification.EmailChoices;
import org.accord.notification.NotificationPreferences;
import org.springframework.context.annotation.Scope;

/** The account page's section where people choose which e-mails the portal sends them. */
@SpringComponent
@Scope("prototype")
public class EmailChoicesPanel extends VerticalLayout {

    final Checkbox assigned = new Checkbox();
    final Checkbox dueSoon = new Checkbox();
    final Checkbox overdue = new Checkbox();
    final Checkbox comment = new Checkbox();
    final Checkbox milestone = new Checkbox();
    final Checkbox dailyDigest = new Checkbox();
    final Button save = new Button();

    private final NotificationPreferences preferences;

    public EmailChoicesPanel(NotificationPreferences preferences) {
        this.preferences = preferences;
        setId("email-choices");
        setPadding(false);
        label(assigned, "email-assigned", "email-choices.assigned");
        label(dueSoon, "email-due-soon", "email-choices.due-soon");
        label(overdue, "email-overdue", "email-choices.overdue");
        label(comment, "email-comment", "email-choices.comment");
        label(milestone, "email-milestone", "email-choices.milestone");
        label(dailyDigest, "email-daily-digest", "email-choices.daily-digest");
        dailyDigest.setHelperText(getTranslation("email-choices.daily-digest.hint"));
        save.setText(getTranslation("email-choices.save"));
        save.setId("email-choices-save");
        save.addClickListener(click -> save());
        show(preferences.mine());
        add(new H2(getTranslation("email-choices.title")), new Paragraph(getTranslation("email-choices.intro")),
                assigned, dueSoon, overdue, comment, milestone, dailyDigest, save);
    }

    private void label(Checkbox box, String id, String key) {
        box.setId(id);
        box.setLabel(getTranslation(key));
    }

    private void show(EmailChoices choices) {
        assigned.setValue(choices.assigned());
        dueSoon.setValue(choices.dueSoon());
        overdue.setValue(choices.overdue());
        comment.setValue(choices.comment());
        milestone.setValue(choices.milestone());
        dailyDigest.setValue(choices.dailyDigest());
    }

    private void save() {
        preferences.save(new EmailChoices(assigned.getValue(), dueSoon.getValue(), overdue.getValue(),
                comment.getValue(), milestone.getValue(), dailyDigest.getValue()));
        show(preferences.mine());
        Notification.show(getTranslation("email-choices.saved")).addThemeVariants(NotificationVariant.SUCCESS);
    }
}
