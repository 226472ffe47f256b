package org.accord.portal.ui.initiative;

import static org.accord.portal.ui.LinkParameters.constant;
import static org.accord.portal.ui.LinkParameters.number;
import static org.accord.portal.ui.LinkParameters.put;
import static org.accord.portal.ui.LinkParameters.single;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.agreement.AgreementRow;
import org.accord.agreement.CommitmentRef;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativeStatus;
import org.accord.people.Agency;
import org.accord.people.Directory;
import org.accord.people.Party;
import org.accord.people.PersonRef;
import org.accord.people.Role;
import org.accord.portal.ui.TextLimits;
import org.accord.portal.ui.Texts;

/**
 * The filters of the initiatives list. They read and write the page's query parameters
 * ({@code ?q=customs&agreement=3&status=ACTIVE&health=RED&party=MX&agency=9&lead=12}), so that a filtered
 * list can be shared as a link; values that do not fit are ignored.
 */
class InitiativeFilterBar extends HorizontalLayout {

    final TextField text = new TextField();
    final ComboBox<AgreementRow> agreement = new ComboBox<>();
    final ComboBox<CommitmentRef> commitment = new ComboBox<>();
    final ComboBox<InitiativeStatus> status = new ComboBox<>();
    final ComboBox<Health> health = new ComboBox<>();
    final ComboBox<Party> party = new ComboBox<>();
    final ComboBox<Agency> leadAgency = new ComboBox<>();
    final LeadComboBox lead;
    final Checkbox ledByMe = new Checkbox();

    private final List<AgreementRow> agreements;
    private final List<CommitmentRef> commitments;
    private final List<Party> parties;
    private final List<Agency> agencies;
    private final Directory directory;
    private final PersonRef me;
    private Runnable onChange = () -> { };
    private boolean showingLink;

    /** {@code me} is the signed-in oversight lead, or null for anyone else: only leads get "Led by me". */
    InitiativeFilterBar(List<AgreementRow> agreements, List<CommitmentRef> commitments, List<Party> parties,
                        List<Agency> agencies, Directory directory, PersonRef me) {
        this.agreements = agreements;
        this.commitments = commitments;
        this.parties = parties;
        this.agencies = agencies;
        this.directory = directory;
        this.me = me;
        this.lead = new LeadComboBox(directory, this::partyCode);
        setId("initiatives-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);

        text.setLabel(getTranslation("initiatives.filter.text"));
        text.setPlaceholder(getTranslation("initiatives.filter.text-hint"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        TextLimits.searchAtMost(text, 100);
        text.setWidth("16rem");

        agreement.setLabel(getTranslation("initiatives.filter.agreement"));
        agreement.setItems(agreements);
        agreement.setClearButtonVisible(true);
        agreement.setPlaceholder(getTranslation("initiatives.filter.all"));
        agreement.setItemLabelGenerator(AgreementRow::code);
        agreement.addValueChangeListener(event -> offerCommitmentsOf(event.getValue()));

        commitment.setLabel(getTranslation("initiatives.filter.commitment"));
        commitment.setItemLabelGenerator(ref -> ref.label(Texts.currentLanguage()));
        commitment.setClearButtonVisible(true);
        commitment.setPlaceholder(getTranslation("initiatives.filter.all"));
        commitment.setItems(commitments);

        status.setLabel(getTranslation("initiative.status"));
        status.setItems(InitiativeStatus.values());
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("initiatives.filter.all"));
        status.setItemLabelGenerator(InitiativeTexts::status);

        health.setLabel(getTranslation("initiative.health"));
        health.setItems(Health.values());
        health.setClearButtonVisible(true);
        health.setPlaceholder(getTranslation("initiatives.filter.all"));
        health.setItemLabelGenerator(InitiativeTexts::health);

        party.setLabel(getTranslation("initiatives.filter.party"));
        party.setItems(parties);
        party.setClearButtonVisible(true);
        party.setPlaceholder(getTranslation("initiatives.filter.all-parties"));
        party.setItemLabelGenerator(value -> value.name(Texts.currentLanguage()));
        party.addValueChangeListener(event -> narrowToParty(event.getValue()));

        leadAgency.setLabel(getTranslation("initiative.lead-agency"));
        leadAgency.setItemLabelGenerator(agency -> agency.getCode() + " · " + agency.name(Texts.currentLanguage()));
        leadAgency.setClearButtonVisible(true);
        leadAgency.setPlaceholder(getTranslation("initiatives.filter.all"));
        leadAgency.setItems(agencies);

        lead.setLabel(getTranslation("initiative.lead"));
        lead.setPlaceholder(getTranslation("initiatives.filter.all"));
        lead.addValueChangeListener(event -> ledByMe.setValue(me != null && event.getValue() != null
                && event.getValue().id() == me.id()));

        ledByMe.setLabel(getTranslation("initiatives.filter.led-by-me"));
        ledByMe.setVisible(me != null);
        ledByMe.addValueChangeListener(event -> {
            if (event.getValue()) {
                if (partyCode() != null && !partyCode().equals(me.partyCode())) {
                    party.clear();
                }
                lead.setValue(me);
            } else if (me != null && lead.getValue() != null && lead.getValue().id() == me.id()) {
                lead.clear();
            }
        });

        add(text, agreement, commitment, status, health, party, leadAgency, lead, ledByMe);
        for (HasValue<?, ?> filter : List.<HasValue<?, ?>>of(text, agreement, commitment, status, health, party,
                leadAgency, lead)) {
            filter.addValueChangeListener(event -> {
                if (!showingLink) {
                    onChange.run();
                }
            });
        }
    }

    /** Called once per change the user makes, never while a link is being read. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    InitiativeFilter filter() {
        return new InitiativeFilter(text.getValue().isBlank() ? null : text.getValue().strip(),
                idOf(agreement.getValue()), commitment.getValue() == null ? null : commitment.getValue().id(),
                status.getValue(), health.getValue(), leadAgency.getValue() == null ? null : leadAgency.getValue().getId(),
                lead.getValue() == null ? null : lead.getValue().id(), partyCode());
    }

    /** The filter as query parameters, in a fixed order; empty filters are left out. */
    QueryParameters queryParameters() {
        InitiativeFilter filter = filter();
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", filter.text());
        put(parameters, "agreement", filter.agreementId());
        put(parameters, "commitment", filter.commitmentId());
        put(parameters, "status", filter.status());
        put(parameters, "health", filter.health());
        put(parameters, "party", filter.partyCode());
        put(parameters, "agency", filter.leadAgencyId());
        put(parameters, "lead", filter.leadId());
        return QueryParameters.simple(parameters);
    }

    /** Shows the filter a link asks for; a part that names nothing valid is left empty. */
    void show(QueryParameters link) {
        showingLink = true;
        try {
            text.setValue(single(link, "q").map(String::strip).orElse(""));
            agreement.setValue(number(link, "agreement")
                    .flatMap(id -> agreements.stream().filter(row -> row.id() == id).findFirst()).orElse(null));
            commitment.setValue(number(link, "commitment").flatMap(id -> commitmentsOf(agreement.getValue()).stream()
                    .filter(ref -> ref.id() == id).findFirst()).orElse(null));
            status.setValue(constant(InitiativeStatus.class, link, "status").orElse(null));
            health.setValue(constant(Health.class, link, "health").orElse(null));
            party.setValue(single(link, "party")
                    .flatMap(code -> parties.stream().filter(value -> value.getCode().equals(code)).findFirst()).orElse(null));
            leadAgency.setValue(number(link, "agency").flatMap(id -> agenciesOf(party.getValue()).stream()
                    .filter(agency -> id.equals(agency.getId())).findFirst()).orElse(null));
            lead.setValue(number(link, "lead").flatMap(directory::find).filter(this::fitsLeadFilter).orElse(null));
        } finally {
            showingLink = false;
        }
    }

    private void offerCommitmentsOf(AgreementRow chosen) {
        CommitmentRef current = commitment.getValue();
        List<CommitmentRef> offered = commitmentsOf(chosen);
        commitment.setItems(offered);
        commitment.setValue(current != null && offered.contains(current) ? current : null);
    }

    private void narrowToParty(Party chosen) {
        Agency currentAgency = leadAgency.getValue();
        List<Agency> offered = agenciesOf(chosen);
        leadAgency.setItems(offered);
        leadAgency.setValue(currentAgency != null && offered.contains(currentAgency) ? currentAgency : null);
        if (lead.getValue() != null && !fitsLeadFilter(lead.getValue())) {
            lead.clear();
        }
        lead.refreshChoices();
    }

    private boolean fitsLeadFilter(PersonRef person) {
        return person.has(Role.OVERSIGHT_LEAD) && (partyCode() == null || partyCode().equals(person.partyCode()));
    }

    private List<CommitmentRef> commitmentsOf(AgreementRow chosen) {
        return chosen == null ? commitments
                : commitments.stream().filter(ref -> ref.agreementId() == chosen.id()).toList();
    }

    private List<Agency> agenciesOf(Party chosen) {
        return chosen == null ? agencies : agencies.stream().filter(agency -> agency.belongsTo(chosen)).toList();
    }

    private String partyCode() {
        return party.getValue() == null ? null : party.getValue().getCode();
    }

    private static Long idOf(AgreementRow row) {
        return row == null ? null : row.id();
    }
}
