package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;

/**
 * A draft form in a dialog. Saving calls the owner's service method; a refusal is shown at its field; a
 * conflict is announced and the form then shows the stored version, as the users form does.
 */
class EditDialog<D> extends Dialog {

    private final DraftForm<D> form;
    private final Consumer<D> save;
    private final Supplier<D> stored;
    private final Runnable refresh;

    EditDialog(String title, DraftForm<D> form, D draft, Consumer<D> save, Supplier<D> stored, Runnable refresh) {
        this.form = form;
        this.save = save;
        this.stored = stored;
        this.refresh = refresh;
        setHeaderTitle(title);
        setWidth("min(56rem, 96vw)");
        setCloseOnOutsideClick(false);
        add(form);
        getFooter().add(form.cancel, form.save);
        form.setDraft(draft);
        form.addSaveListener(event -> save(event.draft()));
        form.addCancelListener(event -> close());
    }

    private void save(D draft) {
        try {
            save.accept(draft);
            close();
            notify(getTranslation("action.saved"), NotificationVariant.SUCCESS);
            refresh.run();
        } catch (InvalidInputException refused) {
            form.showError(refused.field(), getTranslation(refused.messageKey()));
        } catch (EditConflictException conflict) {
            notify(getTranslation("conflict.message"), NotificationVariant.ERROR);
            form.setDraft(stored.get());
            refresh.run();
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
