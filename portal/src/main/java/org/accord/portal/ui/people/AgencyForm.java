package org.accord.portal.ui.people;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.accord.audit.HistoryLine;
import org.accord.people.Agency;
import org.accord.people.AgencyDraft;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.TextLimits;
import org.accord.portal.ui.Texts;

/**
 * Creates and edits an agency; fires save, activation, delete and close events for the view to handle. The code is
 * chosen once; an agency of the other country is shown to read only.
 */
public class AgencyForm extends FormLayout {

    final Paragraph party = new Paragraph();
    final TextField code = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameEs = new TextField();
    final ComboBox<Agency> parent = new ComboBox<>();
    final Paragraph status = new Paragraph();

    final Button save = new Button();
    final Button toggleActive = new Button();
    final Button delete = new Button();
    final Button close = new Button();
    final Grid<HistoryLine> history = new Grid<>(HistoryLine.class, false);
    private final H2 historyHeading = new H2();

    private final BeanValidationBinder<AgencyDraft> binder = new BeanValidationBinder<>(AgencyDraft.class);
    private AgencyDraft draft;

    public AgencyForm() {
        setId("agency-form");
        addClassName("accord-form");
        party.setId("agency-party");
        code.setLabel(getTranslation("agency.code"));
        code.setId("agency-code");
        TextLimits.atMost(code, AgencyDraft.CODE_LENGTH);
        nameEn.setLabel(getTranslation("agency.name-en"));
        nameEn.setId("agency-name-en");
        TextLimits.atMost(nameEn, AgencyDraft.NAME_LENGTH);
        nameEs.setLabel(getTranslation("agency.name-es"));
        nameEs.setId("agency-name-es");
        TextLimits.atMost(nameEs, AgencyDraft.NAME_LENGTH);
        parent.setLabel(getTranslation("agency.parent"));
        parent.setId("agency-parent");
        parent.setClearButtonVisible(true);
        parent.setHelperText(getTranslation("agency.parent.helper"));
        parent.setItemLabelGenerator(value -> value.getCode() + " · " + value.name(Texts.currentLanguage()));
        status.setId("agency-status");

        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.setId("agency-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> validateAndSave());
        toggleActive.setId("agency-toggle-active");
        toggleActive.addClickListener(click -> fireEvent(new ActivationEvent(this, draft)));
        delete.setText(getTranslation("agency.delete"));
        delete.setId("agency-delete");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(click -> fireEvent(new DeleteEvent(this, draft)));
        close.setText(getTranslation("action.cancel"));
        close.setId("agency-close");
        close.addClickListener(click -> fireEvent(new CloseEvent(this)));

        history.setId("agency-history");
        history.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        history.addColumn(line -> Dates.dateTime(line.at())).setHeader(getTranslation("history.at")).setAutoWidth(true);
        history.addColumn(HistoryLine::by).setHeader(getTranslation("history.by")).setAutoWidth(true);
        history.addColumn(line -> field(line.field())).setHeader(getTranslation("history.field")).setAutoWidth(true);
        history.addColumn(line -> value(line.before()) + " → " + value(line.after()))
                .setHeader(getTranslation("history.change")).setFlexGrow(1);
        history.setEmptyStateText(getTranslation("agency.history.none"));
        history.setAllRowsVisible(true);
        historyHeading.setText(getTranslation("agency.history"));

        add(party, code, nameEn, nameEs, parent, status, new HorizontalLayout(save, toggleActive, delete, close),
                historyHeading, history);
        setColspan(party, 2);
        setColspan(status, 2);
        setColspan(historyHeading, 2);
        setColspan(history, 2);
    }

    /**
     * Shows {@code draft}: {@code parents} are what it may be placed under, {@code administered} whether the
     * administrator may change it, {@code deletable} whether nothing names it.
     */
    public void show(AgencyDraft draft, List<Agency> parents, boolean administered, boolean deletable,
                     List<HistoryLine> lines) {
        this.draft = draft;
        List<Agency> choices = draft.getParent() == null || parents.contains(draft.getParent()) ? parents
                : concat(parents, draft.getParent());
        parent.setItems(choices);
        binder.readBean(draft);
        binder.setReadOnly(!administered);
        code.setReadOnly(!draft.isNew() || !administered);
        code.setHelperText(draft.isNew() ? getTranslation("agency.code.helper") : null);
        party.setText(getTranslation(administered ? "agency.party.own" : "agencies.other-party", draft.getPartyCode()));
        status.setText(draft.isNew() ? "" : getTranslation(draft.isActive() ? "agency.status.active-long"
                : "agency.status.inactive-long"));
        save.setVisible(administered);
        toggleActive.setVisible(administered && !draft.isNew());
        toggleActive.setText(getTranslation(draft.isActive() ? "agency.deactivate" : "agency.activate"));
        delete.setVisible(administered && !draft.isNew() && deletable);
        history.setItems(lines);
        history.setVisible(!draft.isNew());
        historyHeading.setVisible(!draft.isNew());
    }

    /** Shows a service's refusal at the field it concerns. */
    public void showError(String field, String message) {
        Map<String, HasValidation> fields = Map.of("code", code, "nameEn", nameEn, "nameEs", nameEs,
                "parent", parent);
        HasValidation target = fields.get(field);
        if (target == null) {
            status.setText(message);
            return;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    private String field(String name) {
        String key = "history.field." + name;
        String text = getTranslation(key);
        return text.startsWith("!") ? name : text;
    }

    private String value(String value) {
        if (value == null) {
            return "—";
        }
        return switch (value) {
            case "true" -> getTranslation("agency.status.active");
            case "false" -> getTranslation("agency.status.inactive");
            default -> value;
        };
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft));
        }
    }

    private static List<Agency> concat(List<Agency> agencies, Agency more) {
        return Stream.concat(agencies.stream(), Stream.of(more)).toList();
    }

    public abstract static class AgencyFormEvent extends ComponentEvent<AgencyForm> {
        private final AgencyDraft draft;

        AgencyFormEvent(AgencyForm source, AgencyDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public AgencyDraft draft() {
            return draft;
        }
    }

    public static class SaveEvent extends AgencyFormEvent {
        SaveEvent(AgencyForm source, AgencyDraft draft) {
            super(source, draft);
        }
    }

    public static class ActivationEvent extends AgencyFormEvent {
        ActivationEvent(AgencyForm source, AgencyDraft draft) {
            super(source, draft);
        }
    }

    public static class DeleteEvent extends AgencyFormEvent {
        DeleteEvent(AgencyForm source, AgencyDraft draft) {
            super(source, draft);
        }
    }

    public static class CloseEvent extends AgencyFormEvent {
        CloseEvent(AgencyForm source) {
            super(source, null);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addActivationListener(ComponentEventListener<ActivationEvent> listener) {
        return addListener(ActivationEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
