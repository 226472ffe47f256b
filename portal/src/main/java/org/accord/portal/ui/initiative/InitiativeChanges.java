package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * How the initiative page makes a change: a refused value goes back to its field; a conflict or a refusal
 * of access becomes a notification; after anything but a refused value the page shows what is stored now.
 */
class InitiativeChanges {

    private final Runnable reload;

    InitiativeChanges(Runnable reload) {
        this.reload = reload;
    }

    /** True when the change is over (saved, in conflict or not allowed); false when a field needs correcting. */
    boolean attempt(Runnable change, Consumer<InvalidInputException> showAtField) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            showAtField.accept(refused);
            return false;
        } catch (EditConflictException conflict) {
            Notices.error(translate("conflict.message"));
        } catch (AccessDeniedException denied) {
            Notices.error(translate("initiative.not-allowed"));
        }
        reload.run();
        return true;
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
