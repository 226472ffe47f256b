package org.accord.portal.ui.task;

import static org.accord.portal.ui.LinkParameters.constant;
import static org.accord.portal.ui.LinkParameters.number;
import static org.accord.portal.ui.LinkParameters.put;
import static org.accord.portal.ui.LinkParameters.single;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.agreement.AgreementRow;
import org.accord.agreement.CommitmentRef;
import org.accord.people.Agency;
import org.accord.people.Directory;
import org.accord.people.Party;
import org.accord.portal.ui.Texts;
import org.accord.task.TaskFilter;
import org.accord.task.TaskStatus;

/**
 * The filters of the team's tasks. They read and write the page's query parameters
 * ({@code ?assignee=12&party=MX&agency=SAT&agreement=3&commitment=8&initiative=7&status=BLOCKED&open=false
 * &overdue=true}, the agreement, commitment and initiative by id), so that a filtered list can be shared as a link;
 * values that do not fit are ignored. "Open only" is on unless the link says {@code open=false}.
 */
class TeamTaskFilterBar extends HorizontalLayout {

    final AssigneeComboBox assignee;
    final ComboBox<Party> party = new ComboBox<>();
    final ComboBox<Agency> agency = new ComboBox<>();
    final ComboBox<AgreementRow> agreement = new ComboBox<>();
    final ComboBox<CommitmentRef> commitment = new ComboBox<>();
    final InitiativePicker initiative;
    final ComboBox<TaskStatus> status = new ComboBox<>();
    final Checkbox openOnly = new Checkbox();
    final Checkbox overdueOnly = new Checkbox();

    private final List<Party> parties;
    private final List<Agency> agencies;
    private final List<AgreementRow> agreements;
    private final List<CommitmentRef> commitments;
    private final Directory directory;
    private Runnable onChange = () -> { };
    private boolean quiet;

    TeamTaskFilterBar(AssigneeComboBox assignee, InitiativePicker initiative, List<Party> parties,
                      List<Agency> agencies, List<AgreementRow> agreements, List<CommitmentRef> commitments,
                      Directory directory) {
        this.assignee = assignee;
        this.initiative = initiative;
        this.parties = parties;
        this.agencies = agencies;
        this.agreements = agreements;
        this.commitments = commitments;
        this.directory = directory;
        setId("team-task-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);

        assignee.setId("filter-assignee");
        assignee.setLabel(getTranslation("team-tasks.assignee"));
        assignee.setPlaceholder(getTranslation("team-tasks.filter.all"));

        party.setId("filter-party");
        party.setLabel(getTranslation("team-tasks.party"));
        party.setItems(parties);
        party.setClearButtonVisible(true);
        party.setPlaceholder(getTranslation("team-tasks.filter.all"));
        party.setItemLabelGenerator(value -> value.name(Texts.currentLanguage()));
        party.addValueChangeListener(event -> narrowToParty(event.getValue()));

        agency.setId("filter-agency");
        agency.setLabel(getTranslation("team-tasks.agency"));
        agency.setPlaceholder(getTranslation("team-tasks.filter.all"));
        agency.setClearButtonVisible(true);
        agency.setItemLabelGenerator(value -> value.getCode() + " · " + value.name(Texts.currentLanguage()));
        agency.setItems(agencies);

        agreement.setId("filter-agreement");
        agreement.setLabel(getTranslation("initiatives.filter.agreement"));
        agreement.setItems(agreements);
        agreement.setClearButtonVisible(true);
        agreement.setPlaceholder(getTranslation("initiatives.filter.all"));
        agreement.setItemLabelGenerator(AgreementRow::code);
        agreement.addValueChangeListener(event -> offerCommitmentsOf(event.getValue()));

        commitment.setId("filter-commitment");
        commitment.setLabel(getTranslation("initiatives.filter.commitment"));
        commitment.setPlaceholder(getTranslation("initiatives.filter.all"));
        commitment.setClearButtonVisible(true);
        commitment.setItemLabelGenerator(ref -> ref.label(Texts.currentLanguage()));
        commitment.setItems(commitments);

        initiative.setId("filter-initiative");
        initiative.setLabel(getTranslation("team-tasks.initiative"));
        initiative.setPlaceholder(getTranslation("team-tasks.filter.all"));

        status.setId("filter-status");
        status.setLabel(getTranslation("team-tasks.status"));
        status.setItems(TaskStatus.values());
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("team-tasks.filter.all"));
        status.setItemLabelGenerator(TaskTexts::status);

        openOnly.setId("filter-open");
        openOnly.setLabel(getTranslation("team-tasks.filter.open"));
        openOnly.setValue(true);
        overdueOnly.setId("filter-overdue");
        overdueOnly.setLabel(getTranslation("team-tasks.filter.overdue"));

        add(assignee, party, agency, agreement, commitment, initiative, status, openOnly, overdueOnly);
        for (HasValue<?, ?> filter : List.<HasValue<?, ?>>of(assignee, party, agency, agreement, commitment,
                initiative, status, openOnly, overdueOnly)) {
            filter.addValueChangeListener(event -> {
                if (!quiet) {
                    onChange.run();
                }
            });
        }
    }

    /** Called once per change the user makes, never while a link is being read. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    TaskFilter filter() {
        return new TaskFilter(assignee.getValue() == null ? null : assignee.getValue().id(), partyCode(),
                agency.getValue() == null ? null : agency.getValue().getCode(),
                initiative.getValue() == null ? null : initiative.getValue().id(), status.getValue(),
                openOnly.getValue(), overdueOnly.getValue(),
                agreement.getValue() == null ? null : agreement.getValue().id(),
                commitment.getValue() == null ? null : commitment.getValue().id());
    }

    /** The filter as query parameters, in a fixed order; empty filters and the defaults are left out. */
    QueryParameters queryParameters() {
        TaskFilter filter = filter();
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "assignee", filter.assigneeId());
        put(parameters, "party", filter.partyCode());
        put(parameters, "agency", filter.agencyCode());
        put(parameters, "agreement", filter.agreementId());
        put(parameters, "commitment", filter.commitmentId());
        put(parameters, "initiative", filter.initiativeId());
        put(parameters, "status", filter.status());
        put(parameters, "open", filter.openOnly() ? null : "false");
        put(parameters, "overdue", filter.overdueOnly() ? "true" : null);
        return QueryParameters.simple(parameters);
    }

    /** Shows the filter a link asks for; a part that names nothing valid is left empty. */
    void show(QueryParameters link) {
        quiet = true;
        try {
            assignee.setValue(number(link, "assignee").flatMap(directory::find).orElse(null));
            party.setValue(single(link, "party").flatMap(code -> parties.stream()
                    .filter(value -> value.getCode().equalsIgnoreCase(code)).findFirst()).orElse(null));
            agency.setValue(single(link, "agency").flatMap(code -> agenciesOf(party.getValue()).stream()
                    .filter(value -> value.getCode().equalsIgnoreCase(code)).findFirst()).orElse(null));
            agreement.setValue(number(link, "agreement")
                    .flatMap(id -> agreements.stream().filter(row -> row.id() == id).findFirst()).orElse(null));
            commitment.setValue(number(link, "commitment").flatMap(id -> commitmentsOf(agreement.getValue()).stream()
                    .filter(ref -> ref.id() == id).findFirst()).orElse(null));
            initiative.setValue(number(link, "initiative").flatMap(initiative::find).orElse(null));
            status.setValue(constant(TaskStatus.class, link, "status").orElse(null));
            openOnly.setValue(!single(link, "open").map("false"::equalsIgnoreCase).orElse(false));
            overdueOnly.setValue(single(link, "overdue").map("true"::equalsIgnoreCase).orElse(false));
        } finally {
            quiet = false;
        }
    }

    /** Offers the chosen country's agencies; the party's own change then counts as the one change. */
    private void narrowToParty(Party chosen) {
        boolean wasQuiet = quiet;
        quiet = true;
        try {
            Agency current = agency.getValue();
            List<Agency> offered = agenciesOf(chosen);
            agency.setItems(offered);
            agency.setValue(current != null && offered.contains(current) ? current : null);
        } finally {
            quiet = wasQuiet;
        }
    }

    /** Offers the chosen agreement's commitments; the agreement's own change then counts as the one change. */
    private void offerCommitmentsOf(AgreementRow chosen) {
        boolean wasQuiet = quiet;
        quiet = true;
        try {
            CommitmentRef current = commitment.getValue();
            List<CommitmentRef> offered = commitmentsOf(chosen);
            commitment.setItems(offered);
            commitment.setValue(current != null && offered.contains(current) ? current : null);
        } finally {
            quiet = wasQuiet;
        }
    }

    private List<CommitmentRef> commitmentsOf(AgreementRow chosen) {
        return chosen == null ? commitments
                : commitments.stream().filter(ref -> ref.agreementId() == chosen.id()).toList();
    }

    private List<Agency> agenciesOf(Party chosen) {
        return chosen == null ? agencies : agencies.stream().filter(value -> value.belongsTo(chosen)).toList();
    }

    private String partyCode() {
        return party.getValue() == null ? null : party.getValue().getCode();
    }
}
