package org.accord.portal.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import org.accord.notification.EmailChoices;
import org.accord.notification.NotificationPreferences;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.portal.ui.people.AccountView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The e-mail choices on the account page, saved for the signed-in person and shown again on the next visit. */
@WithUserDetails("poire")
class EmailChoicesPanelTest extends PortalBrowserlessTest {

    @Autowired
    NotificationPreferences preferences;

    EmailChoices before;

    @BeforeEach
    void rememberChoices() {
        before = preferences.mine();
    }

    @AfterEach
    void restoreChoices() {
        preferences.save(before);
    }

    @Test
    void choicesAreSavedAndShownOnTheNextVisit() {
        preferences.save(EmailChoices.DEFAULTS);
        EmailChoicesPanel panel = panelOnTheAccountPage();
        assertThat(panel.assigned.getValue()).isTrue();
        assertThat(panel.dailyDigest.getValue()).isFalse();

        test(panel.dueSoon).click();
        test(panel.comment).click();
        test(panel.dailyDigest).click();
        test(panel.save).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Sus preferencias de correo se guardaron.");
        assertThat(preferences.mine()).isEqualTo(new EmailChoices(true, false, true, false, true, true));
        EmailChoicesPanel again = panelOnTheAccountPage();
        assertThat(again.assigned.getValue()).isTrue();
        assertThat(again.dueSoon.getValue()).isFalse();
        assertThat(again.overdue.getValue()).isTrue();
        assertThat(again.comment.getValue()).isFalse();
        assertThat(again.milestone.getValue()).isTrue();
        assertThat(again.dailyDigest.getValue()).isTrue();
    }

    @Test
    void choicesAreLabelledInTheReadersLanguage() {
        EmailChoicesPanel panel = panelOnTheAccountPage();

        assertThat(panel.dailyDigest.getLabel()).isEqualTo("Un resumen diario en lugar de correos sueltos");
        assertThat(panel.save.getText()).isEqualTo("Guardar preferencias de correo");
    }

    private EmailChoicesPanel panelOnTheAccountPage() {
        navigate(AccountView.class);
        return $(EmailChoicesPanel.class).single();
    }
}
