package org.accord.portal.ui.milestone;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * How the milestones tab makes a change: a refused value goes back to its field; a conflict or a refusal of
 * access becomes a notification; after anything but a refused value the tab shows what is stored now.
 */
class MilestoneChanges {

    private final Runnable reload;

    MilestoneChanges(Runnable reload) {
        this.reload = reload;
    }

    /** True when the change is over (saved, in conflict or not allowed); false when a field needs correcting. */
    boolean attempt(Runnable change, Consumer<InvalidInputException> showAtField) {
        try {
            change.run();
            notify("action.saved", NotificationVariant.SUCCESS);
        } catch (InvalidInputException refused) {
            showAtField.accept(refused);
            return false;
        } catch (EditConflictException conflict) {
            notify("conflict.message", NotificationVariant.ERROR);
        } catch (AccessDeniedException denied) {
            notify("initiative.not-allowed", NotificationVariant.ERROR);
        }
        reload.run();
        return true;
    }

    private static void notify(String key, NotificationVariant variant) {
        Notification.show(UI.getCurrent().getTranslation(key), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(variant);
    }
}
