package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.util.SequencedMap;

/**
 * A form on a draft, like the user form: validates with the draft's Bean Validation rules and fires save
 * and cancel events; its owner calls the service and shows a refusal with {@link #showError}.
 */
abstract class DraftForm<D> extends FormLayout {

    final Button save = new Button();
    final Button cancel = new Button();
    protected final BeanValidationBinder<D> binder;
    private D draft;

    DraftForm(Class<D> type) {
        binder = new BeanValidationBinder<>(type);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));
    }

    void setDraft(D draft) {
        this.draft = draft;
        binder.readBean(draft);
    }

    /** Shows a service's refusal at the field it concerns, or at the first field when it names none of them. */
    void showError(String field, String message) {
        SequencedMap<String, HasValidation> fields = fieldsByProperty();
        HasValidation target = fields.getOrDefault(field, fields.firstEntry().getValue());
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    /** The form's fields by the property (or service field name) they edit; the first one is the default. */
    protected abstract SequencedMap<String, HasValidation> fieldsByProperty();

    /** Writes what the binder does not hold into the draft; false keeps the form open. */
    protected boolean writeUnboundFields(D target) {
        return true;
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(draft) && writeUnboundFields(draft)) {
            fireEvent(new SaveEvent<>(this, draft));
        }
    }

    static class SaveEvent<D> extends ComponentEvent<DraftForm<D>> {
        private final D draft;

        SaveEvent(DraftForm<D> source, D draft) {
            super(source, false);
            this.draft = draft;
        }

        D draft() {
            return draft;
        }
    }

    static class CancelEvent extends ComponentEvent<DraftForm<?>> {
        CancelEvent(DraftForm<?> source) {
            super(source, false);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Registration addSaveListener(ComponentEventListener<SaveEvent<D>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
