package org.accord.portal.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.accord.notification.MailStatus;
import org.accord.notification.NotificationKind;
import org.accord.people.Language;
import org.accord.portal.i18n.AccordI18NProvider;
import org.accord.task.TaskStatus;
import org.junit.jupiter.api.Test;

/** Every kind of notification, e-mail status and task status has its words in English and Spanish. */
class NotificationTextsTest {

    private final AccordI18NProvider texts = new AccordI18NProvider();

    @Test
    void everyNotificationKindHasASentenceUsingItsSubjectAndAnOutboxName() {
        for (Language language : Language.values()) {
            for (NotificationKind kind : NotificationKind.values()) {
                assertThat(say("notification.kind." + kind.name(), language.locale(), "SUBJECT", "DETAIL", "ACTOR"))
                        .as(language + " " + kind).doesNotStartWith("!").contains("SUBJECT", "DETAIL");
                assertThat(say("outbox.kind." + kind.name(), language.locale())).doesNotStartWith("!");
            }
        }
    }

    @Test
    void everyMailAndTaskStatusHasAName() {
        for (Language language : Language.values()) {
            for (MailStatus status : MailStatus.values()) {
                assertThat(say("outbox.status." + status.name(), language.locale())).doesNotStartWith("!");
            }
            for (TaskStatus status : TaskStatus.values()) {
                assertThat(say("notifications.task-status." + status.name(), language.locale())).doesNotStartWith("!");
            }
        }
    }

    @Test
    void unreadCountIsSpokenForScreenReaders() {
        assertThat(say("notifications.bell", Locale.ENGLISH, 0L)).isEqualTo("Notifications, none unread");
        assertThat(say("notifications.bell", Locale.ENGLISH, 1L)).isEqualTo("Notifications, 1 unread");
        assertThat(say("notifications.bell", Language.ES.locale(), 1200L)).isEqualTo("Notificaciones, 1.200 sin leer");
    }

    private String say(String key, Locale locale, Object... values) {
        return texts.getTranslation(key, locale, values);
    }
}
