package org.accord.portal.ui.progress;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/** Makes a change through a service: success, a refused value, a conflict or a refusal each get their notice. */
final class ProgressChanges {

    private ProgressChanges() {
    }

    /**
     * Runs the change; afterwards, unless a value was refused (then shown at its field), the page shows what is
     * stored now. True when the change was saved.
     */
    static boolean attempt(Runnable change, String successKey, Consumer<InvalidInputException> refused,
                           Runnable reload) {
        boolean saved = false;
        try {
            change.run();
            notice(translate(successKey), NotificationVariant.SUCCESS);
            saved = true;
        } catch (InvalidInputException invalid) {
            refused.accept(invalid);
            return false;
        } catch (EditConflictException conflict) {
            notice(translate("conflict.message"), NotificationVariant.ERROR);
        } catch (AccessDeniedException denied) {
            notice(translate("progress.not-allowed"), NotificationVariant.ERROR);
        }
        reload.run();
        return saved;
    }

    static void success(String text) {
        notice(text, NotificationVariant.SUCCESS);
    }

    static void error(String text) {
        notice(text, NotificationVariant.ERROR);
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
