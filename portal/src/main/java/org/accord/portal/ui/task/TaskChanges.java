package org.accord.portal.ui.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * How the task screens make a change: a refused value goes back to its field; a conflict (someone changed or
 * hid the task meanwhile) or a refusal of access becomes a notification. Nothing is closed on failure.
 */
final class TaskChanges {

    private TaskChanges() {
    }

    /** True when the change was saved; false when a field needs correcting or the change failed. */
    static boolean attempt(Runnable change, Consumer<InvalidInputException> showAtField) {
        try {
            change.run();
            notify("action.saved", NotificationVariant.SUCCESS);
            return true;
        } catch (InvalidInputException refused) {
            showAtField.accept(refused);
        } catch (EditConflictException conflict) {
            notify("task.conflict", NotificationVariant.ERROR);
        } catch (AccessDeniedException denied) {
            notify("task.not-allowed", NotificationVariant.ERROR);
        }
        return false;
    }

    static void notify(String key, NotificationVariant variant) {
        Notification.show(UI.getCurrent().getTranslation(key), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(variant);
    }
}
