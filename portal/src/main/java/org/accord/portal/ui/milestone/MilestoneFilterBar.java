package org.accord.portal.ui.milestone;

import static org.accord.portal.ui.LinkParameters.constant;
import static org.accord.portal.ui.LinkParameters.number;
import static org.accord.portal.ui.LinkParameters.single;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.agreement.AgreementRow;
import org.accord.agreement.CommitmentRef;
import org.accord.milestone.MilestoneFilter;
import org.accord.milestone.OwnerSide;
import org.accord.portal.ui.LinkParameters;
import org.accord.portal.ui.Texts;

/**
 * The filters of the milestones list, read from and written to the page's link
 * ({@code ?due=30&overdue=true&slipped=true&side=MX&agreement=DOP-2012&commitment=7&initiative=3&initiative=5}: the
 * agreement by its code, the commitment and initiatives by id); values that do not fit are ignored.
 */
class MilestoneFilterBar extends HorizontalLayout {

    static final List<Integer> DUE_WINDOWS = List.of(30, 60, 90);

    final ComboBox<Integer> due = new ComboBox<>();
    final Checkbox overdue = new Checkbox();
    final Checkbox slipped = new Checkbox();
    final ComboBox<OwnerSide> side = new ComboBox<>();
    final ComboBox<AgreementRow> agreement = new ComboBox<>();
    final ComboBox<CommitmentRef> commitment = new ComboBox<>();
    final InitiativeChooser initiatives;
    private final List<AgreementRow> agreements;
    private final List<CommitmentRef> commitments;
    private Runnable onChange = () -> { };
    private boolean showing;

    MilestoneFilterBar(List<AgreementRow> agreements, List<CommitmentRef> commitments, InitiativeChooser initiatives) {
        this.agreements = agreements;
        this.commitments = commitments;
        this.initiatives = initiatives;
        setId("milestone-filters");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        due.setId("filter-due");
        due.setLabel(getTranslation("milestones.filter.due"));
        due.setClearButtonVisible(true);
        due.setPlaceholder(getTranslation("milestones.filter.any"));
        due.setItems(DUE_WINDOWS);
        due.setItemLabelGenerator(days -> getTranslation("milestones.filter.due-days", days));
        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("milestones.filter.overdue"));
        slipped.setId("filter-slipped");
        slipped.setLabel(getTranslation("milestones.filter.slipped"));
        side.setId("filter-side");
        side.setLabel(getTranslation("milestone.owner"));
        side.setClearButtonVisible(true);
        side.setPlaceholder(getTranslation("milestones.filter.any"));
        side.setItems(OwnerSide.values());
        side.setItemLabelGenerator(MilestoneTexts::side);
        agreement.setId("filter-agreement");
        agreement.setLabel(getTranslation("milestones.filter.agreement"));
        agreement.setClearButtonVisible(true);
        agreement.setItems(agreements);
        agreement.setItemLabelGenerator(row -> row.code() + " · " + row.title(Texts.currentLanguage()));
        agreement.setWidth("20rem");
        agreement.addValueChangeListener(event -> offerCommitmentsOf(event.getValue()));
        commitment.setId("filter-commitment");
        commitment.setLabel(getTranslation("initiatives.filter.commitment"));
        commitment.setClearButtonVisible(true);
        commitment.setItems(commitments);
        commitment.setItemLabelGenerator(ref -> ref.label(Texts.currentLanguage()));
        commitment.setWidth("20rem");
        due.addValueChangeListener(event -> changed());
        overdue.addValueChangeListener(event -> changed());
        slipped.addValueChangeListener(event -> changed());
        side.addValueChangeListener(event -> changed());
        agreement.addValueChangeListener(event -> changed());
        commitment.addValueChangeListener(event -> changed());
        initiatives.addValueChangeListener(event -> changed());
        add(due, overdue, slipped, side, agreement, commitment, initiatives);
    }

    void onChange(Runnable listener) {
        onChange = listener;
    }

    MilestoneFilter filter() {
        return new MilestoneFilter(due.getValue(), overdue.getValue(), slipped.getValue(), side.getValue(),
                agreement.getValue() == null ? null : agreement.getValue().id(), initiatives.chosenIds(),
                commitment.getValue() == null ? null : commitment.getValue().id());
    }

    QueryParameters queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (due.getValue() != null) {
            parameters.put("due", List.of(due.getValue().toString()));
        }
        if (overdue.getValue()) {
            parameters.put("overdue", List.of("true"));
        }
        if (slipped.getValue()) {
            parameters.put("slipped", List.of("true"));
        }
        if (side.getValue() != null) {
            parameters.put("side", List.of(side.getValue().name()));
        }
        if (agreement.getValue() != null) {
            parameters.put("agreement", List.of(agreement.getValue().code()));
        }
        if (commitment.getValue() != null) {
            parameters.put("commitment", List.of(String.valueOf(commitment.getValue().id())));
        }
        Set<Long> chosen = initiatives.chosenIds();
        if (chosen != null) {
            parameters.put("initiative", chosen.stream().map(String::valueOf).toList());
        }
        return new QueryParameters(parameters);
    }

    /** Shows what the link asks for, ignoring what it cannot mean. */
    void show(QueryParameters link) {
        showing = true;
        try {
            due.setValue(single(link, "due").flatMap(LinkParameters::number).map(Long::intValue)
                    .filter(DUE_WINDOWS::contains).orElse(null));
            overdue.setValue(single(link, "overdue").map("true"::equals).orElse(false));
            slipped.setValue(single(link, "slipped").map("true"::equals).orElse(false));
            side.setValue(constant(OwnerSide.class, link, "side").orElse(null));
            agreement.setValue(single(link, "agreement").flatMap(code -> agreements.stream()
                    .filter(row -> row.code().equals(code)).findFirst()).orElse(null));
            commitment.setValue(number(link, "commitment").flatMap(id -> commitmentsOf(agreement.getValue()).stream()
                    .filter(ref -> ref.id() == id).findFirst()).orElse(null));
            List<String> initiatives = link.getParameters().getOrDefault("initiative", List.of());
            Set<Long> ids = new LinkedHashSet<>();
            initiatives.forEach(value -> number(value).ifPresent(ids::add));
            this.initiatives.choose(ids);
        } finally {
            showing = false;
        }
    }

    /** Offers the chosen agreement's commitments; the agreement's own change then counts as the one change. */
    private void offerCommitmentsOf(AgreementRow chosen) {
        boolean wasShowing = showing;
        showing = true;
        try {
            CommitmentRef current = commitment.getValue();
            List<CommitmentRef> offered = commitmentsOf(chosen);
            commitment.setItems(offered);
            commitment.setValue(current != null && offered.contains(current) ? current : null);
        } finally {
            showing = wasShowing;
        }
    }

    private List<CommitmentRef> commitmentsOf(AgreementRow chosen) {
        return chosen == null ? commitments
                : commitments.stream().filter(ref -> ref.agreementId() == chosen.id()).toList();
    }

    private void changed() {
        if (!showing) {
            onChange.run();
        }
    }
}
