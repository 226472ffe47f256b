package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.agreement.CommitmentRef;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeDraft;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.Priority;
import org.accord.people.Agency;
import org.accord.people.Directory;
import org.accord.people.Party;
import org.accord.people.PersonRef;
import org.accord.portal.ui.AgencyChoices;
import org.accord.portal.ui.TextLimits;
import org.accord.portal.ui.Texts;

/** Creates and edits an initiative, with a lead agency and an oversight lead per country; fires save and cancel events. */
public class InitiativeForm extends FormLayout {

    final TextField code = new TextField();
    final TextField titleEn = new TextField();
    final TextField titleEs = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionEs = new TextArea();
    final MultiSelectComboBox<CommitmentRef> commitments = new MultiSelectComboBox<>();
    final Map<String, ComboBox<Agency>> leadAgencies = new LinkedHashMap<>();
    final Map<String, LeadComboBox> leads = new LinkedHashMap<>();
    final Select<InitiativeStatus> status = new Select<>();
    final Select<Health> health = new Select<>();
    final TextArea healthReason = new TextArea();
    final DatePicker startDate = new DatePicker();
    final DatePicker targetEndDate = new DatePicker();
    final Select<Priority> priority = new Select<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<InitiativeDraft> binder = new BeanValidationBinder<>(InitiativeDraft.class);
    private final Map<Long, CommitmentRef> commitmentsById;
    private final Directory directory;
    private Map<Long, PersonRef> currentLeads = Map.of();
    private InitiativeDraft draft;

    public InitiativeForm(List<CommitmentRef> commitmentChoices, List<Party> parties, List<Agency> agencies,
                          Directory directory) {
        this.commitmentsById = commitmentChoices.stream()
                .collect(Collectors.toMap(CommitmentRef::id, Function.identity(), (first, second) -> first, LinkedHashMap::new));
        this.directory = directory;
        setId("initiative-form");
        code.setId("initiative-code");
        titleEn.setId("initiative-title-en");
        titleEs.setId("initiative-title-es");
        commitments.setId("initiative-commitments");
        setMaxWidth("60rem");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));

        describeFields(commitmentChoices);
        bindFields();
        add(code, priority, titleEn, titleEs, descriptionEn, descriptionEs, commitments);
        setColspan(commitments, 2);
        for (Party party : parties) {
            addPartyFields(party, agencies.stream().filter(agency -> agency.belongsTo(party)).toList());
        }
        add(status, health, healthReason, startDate, targetEndDate);
        setColspan(healthReason, 2);
        add(buttons());
    }

    private void describeFields(List<CommitmentRef> commitmentChoices) {
        code.setLabel(getTranslation("initiative.code"));
        TextLimits.atMost(code, 30);
        code.setHelperText(getTranslation("initiative.code.hint"));
        code.setRequiredIndicatorVisible(true);
        titleEn.setLabel(getTranslation("initiative.title-en"));
        TextLimits.atMost(titleEn, 300);
        titleEn.setRequiredIndicatorVisible(true);
        titleEs.setLabel(getTranslation("initiative.title-es"));
        TextLimits.atMost(titleEs, 300);
        titleEs.setRequiredIndicatorVisible(true);
        descriptionEn.setLabel(getTranslation("initiative.description-en"));
        TextLimits.atMost(descriptionEn, 4000);
        descriptionEs.setLabel(getTranslation("initiative.description-es"));
        TextLimits.atMost(descriptionEs, 4000);
        commitments.setLabel(getTranslation("initiative.commitments"));
        commitments.setItems(commitmentChoices);
        commitments.setItemLabelGenerator(ref -> ref.label(Texts.currentLanguage()));
        status.setLabel(getTranslation("initiative.status"));
        status.setItemLabelGenerator(InitiativeTexts::status);
        health.setLabel(getTranslation("initiative.health"));
        health.setItems(Health.values());
        health.setItemLabelGenerator(InitiativeTexts::health);
        healthReason.setLabel(getTranslation("initiative.health-reason"));
        healthReason.setHelperText(getTranslation("initiative.health-reason.hint"));
        TextLimits.atMost(healthReason, 1000);
        priority.setLabel(getTranslation("initiative.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(InitiativeTexts::priority);
        for (DatePicker date : List.of(startDate, targetEndDate)) {
            date.setLocale(UI.getCurrent().getLocale());
            date.setI18n(DateTexts.datePickerI18n());
        }
        startDate.setLabel(getTranslation("initiative.start-date"));
        targetEndDate.setLabel(getTranslation("initiative.target-end-date"));
    }

    private void bindFields() {
        binder.forField(code).bind("code");
        binder.forField(titleEn).bind("titleEn");
        binder.forField(titleEs).bind("titleEs");
        binder.forField(descriptionEn).bind("descriptionEn");
        binder.forField(descriptionEs).bind("descriptionEs");
        binder.forField(commitments)
                .withConverter(this::commitmentIds, this::commitmentRefs)
                .bind("commitmentIds");
        binder.forField(status).bind("status");
        binder.forField(health).bind("health");
        binder.forField(priority).bind("priority");
        binder.forField(startDate).bind("startDate");
        var endBinding = binder.forField(targetEndDate)
                .withValidator(this::endsAfterStart, getTranslation("initiative.dates.order"))
                .bind("targetEndDate");
        var reasonBinding = binder.forField(healthReason)
                .withValidator(reason -> !needsReason() || !reason.isBlank(), getTranslation("initiative.reason.required"))
                .bind("healthReason");
        startDate.addValueChangeListener(event -> revalidate(endBinding, targetEndDate.getValue() != null));
        health.addValueChangeListener(event -> {
            healthReason.setRequiredIndicatorVisible(needsReason());
            revalidate(reasonBinding, healthReason.isInvalid());
        });
    }

    private void addPartyFields(Party party, List<Agency> agenciesOfParty) {
        String partyCode = party.getCode();
        var heading = new H2(getTranslation("initiative.form.party", party.name(Texts.currentLanguage())));
        heading.getElement().setAttribute("data-party", partyCode);
        add(heading);
        setColspan(heading, 2);

        var agency = new ComboBox<Agency>(getTranslation("initiative.lead-agency"));
        agency.setId("lead-agency-" + partyCode);
        AgencyChoices.offer(agency, agenciesOfParty);
        agency.setItemLabelGenerator(value -> value.getCode() + " · " + value.name(Texts.currentLanguage()));
        Map<Long, Agency> agenciesById = agenciesOfParty.stream().collect(Collectors.toMap(Agency::getId, Function.identity()));
        binder.forField(agency).asRequired(getTranslation("initiative.lead-agency.required"))
                .bind(bean -> agenciesById.get(bean.getLeadAgencyIds().get(partyCode)),
                        (bean, value) -> put(bean.getLeadAgencyIds(), partyCode, value == null ? null : value.getId()));
        leadAgencies.put(partyCode, agency);

        var lead = new LeadComboBox(directory, () -> partyCode);
        lead.setId("lead-" + partyCode);
        lead.setLabel(getTranslation("initiative.lead"));
        binder.forField(lead).asRequired(getTranslation("initiative.lead.required"))
                .bind(bean -> currentLeads.get(bean.getLeadIds().get(partyCode)),
                        (bean, value) -> put(bean.getLeadIds(), partyCode, value == null ? null : value.id()));
        leads.put(partyCode, lead);
        add(agency, lead);
    }

    private HorizontalLayout buttons() {
        save.setText(getTranslation("action.save"));
        save.setId("initiative-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("initiative-cancel-edit");
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));
        var buttons = new HorizontalLayout(save, cancel);
        setColspan(buttons, 2);
        return buttons;
    }

    public void setDraft(InitiativeDraft draft) {
        this.draft = draft;
        this.currentLeads = new HashMap<>(directory.find(draft.getLeadIds().values()));
        offerStatuses(draft.getStatus() == InitiativeStatus.CANCELLED);
        binder.readBean(draft);
        code.focus();
    }

    /** Cancelling and reopening have their own actions, with a reason: the form neither enters nor leaves Cancelled. */
    private void offerStatuses(boolean cancelled) {
        status.setItems(Arrays.stream(InitiativeStatus.values())
                .filter(value -> cancelled == (value == InitiativeStatus.CANCELLED)).toList());
        status.setReadOnly(cancelled);
        status.setHelperText(cancelled ? getTranslation("initiative.status.cancelled-hint") : null);
    }

    /** Shows a service's refusal at the field it names ("code", "commitmentIds", "lead.MX"...); false for a field the form has not. */
    public boolean showError(String field, String message) {
        HasValidation target = fieldNamed(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    private HasValidation fieldNamed(String field) {
        if (field.startsWith("leadAgency.")) {
            return leadAgencies.get(field.substring("leadAgency.".length()));
        }
        if (field.startsWith("lead.")) {
            return leads.get(field.substring("lead.".length()));
        }
        return switch (field) {
            case "code" -> code;
            case "titleEn" -> titleEn;
            case "titleEs" -> titleEs;
            case "descriptionEn" -> descriptionEn;
            case "descriptionEs" -> descriptionEs;
            case "commitmentIds" -> commitments;
            case "status" -> status;
            case "health" -> health;
            case "healthReason" -> healthReason;
            case "startDate" -> startDate;
            case "targetEndDate" -> targetEndDate;
            case "priority" -> priority;
            default -> null;
        };
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft));
        }
    }

    private boolean endsAfterStart(LocalDate end) {
        return end == null || startDate.getValue() == null || !end.isBefore(startDate.getValue());
    }

    private boolean needsReason() {
        return health.getValue() != null && health.getValue().needsReason();
    }

    private static void revalidate(Binder.Binding<InitiativeDraft, ?> binding, boolean worthShowing) {
        if (worthShowing) {
            binding.validate();
        }
    }

    private Set<Long> commitmentIds(Set<CommitmentRef> refs) {
        return refs.stream().map(CommitmentRef::id).collect(Collectors.toSet());
    }

    private Set<CommitmentRef> commitmentRefs(Set<Long> ids) {
        return ids == null ? Set.of() : ids.stream().map(commitmentsById::get).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static void put(Map<String, Long> values, String partyCode, Long value) {
        if (value == null) {
            values.remove(partyCode);
        } else {
            values.put(partyCode, value);
        }
    }

    public abstract static class InitiativeFormEvent extends ComponentEvent<InitiativeForm> {
        private final InitiativeDraft draft;

        InitiativeFormEvent(InitiativeForm source, InitiativeDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public InitiativeDraft draft() {
            return draft;
        }
    }

    public static class SaveEvent extends InitiativeFormEvent {
        SaveEvent(InitiativeForm source, InitiativeDraft draft) {
            super(source, draft);
        }
    }

    public static class CancelEvent extends InitiativeFormEvent {
        CancelEvent(InitiativeForm source) {
            super(source, null);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
