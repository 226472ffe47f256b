package org.accord.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.PortalTest;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.InitiativeMilestones;
import org.accord.milestone.LogLine;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.milestone.MilestoneStatus;
import org.accord.progress.PeriodState;
import org.accord.progress.PeriodView;
import org.accord.progress.ProgressUpdateView;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;
import org.accord.progress.UpdateState;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo mode plans the demo initiatives' milestones and opens 2012-Q2 with the leads' first updates. */
@PortalTest
class DemoScheduleTest {

    static final List<String> INITIATIVES = DemoInitiatives.ALL.stream().map(InitiativeSeed::code).toList();

    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan milestones;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    ProgressUpdates updates;
    @Autowired
    DemoSchedule schedule;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;

    @BeforeEach
    void signIn() {
        signedIn = new SignedIn(userDetails);
    }

    @Test
    void everyDemoInitiativeHasThreeToSixMilestonesWithinItsDates() {
        Map<String, InitiativeMilestones> byCode = signedIn.as("pm.us", () -> INITIATIVES.stream().collect(
                Collectors.toMap(code -> code, code -> milestones.ofInitiative(portfolio.idOf(code).orElseThrow()))));

        assertThat(byCode).allSatisfy((code, plan) -> assertThat(plan.milestones()).as(code).hasSizeBetween(3, 6));
        assertThat(byCode.get("DOP-2012-05").percentDone()).isEqualTo(100);
        assertThat(byCode.values().stream().flatMap(plan -> plan.milestones().stream()).map(MilestoneRow::status))
                .contains(MilestoneStatus.DONE, MilestoneStatus.IN_PROGRESS, MilestoneStatus.PLANNED,
                        MilestoneStatus.MISSED);
    }

    @Test
    void theStoryMilestonesAreThereAndTheSlippedOnesSayWhy() {
        List<MilestoneRow> all = signedIn.as("pm.us", () -> INITIATIVES.stream()
                .flatMap(code -> milestones.ofInitiative(portfolio.idOf(code).orElseThrow()).milestones().stream())
                .toList());

        assertThat(all).extracting(MilestoneRow::titleEn).contains("Customs training in Nuevo Laredo",
                "ISA connectivity test", "C-TPAT/NEEC mutual recognition arrangement signed",
                "First repatriation flights");
        MilestoneRow connectivity = find(all, "ISA connectivity test");
        List<LogLine> log = signedIn.as("pm.us", () -> milestones.log(connectivity.id()));
        assertThat(log).anyMatch(line -> line.rebaselineReason() != null && line.rebaselineReason().contains("certificates"))
                .anyMatch(line -> line.note() != null && line.note().contains("certificates"));
        MilestoneRow flights = find(all, "First repatriation flights");
        assertThat(flights.slippageDays()).isPositive();
        assertThat(signedIn.as("pm.us", () -> milestones.log(flights.id()))).anyMatch(line -> line.note() != null);
    }

    @Test
    void quarter2012Q2IsOpenWithUpdatesSubmittedByTheLeadsOneApprovedOneReturned() {
        PeriodView quarter = signedIn.as("pm.us", () -> periods.all().stream()
                .filter(period -> period.code().equals("2012-Q2")).findFirst().orElseThrow());
        long dop1 = signedIn.as("pm.us", () -> portfolio.idOf("DOP-2012-01").orElseThrow());
        long dop2 = signedIn.as("pm.us", () -> portfolio.idOf("DOP-2012-02").orElseThrow());

        List<ProgressUpdateView> dop1Updates = signedIn.as("pm.us", () -> List.of(
                updates.update(quarter.id(), dop1, "US"), updates.update(quarter.id(), dop1, "MX")));
        ProgressUpdateView returned = signedIn.as("aguilar", () -> updates.update(quarter.id(), dop2, "US"));

        assertThat(quarter.state()).isEqualTo(PeriodState.OPEN);
        assertThat(dop1Updates).extracting(ProgressUpdateView::state, ProgressUpdateView::submittedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UpdateState.APPROVED, "aguilar"),
                        org.assertj.core.groups.Tuple.tuple(UpdateState.SUBMITTED, "lead.mx"));
        assertThat(returned.state()).isEqualTo(UpdateState.RETURNED);
        assertThat(returned.returnComment()).contains("working group");
    }

    @Test
    void loadingTheScheduleAgainAddsNothing() {
        var nothingNew = new DemoLoad(0, Map.of());

        assertThat(signedIn.as("pm.us", () -> schedule.addMilestones(nothingNew))).isZero();
        assertThat(signedIn.as("pm.us", () -> schedule.openFirstQuarter())).isEmpty();
    }

    private static MilestoneRow find(List<MilestoneRow> rows, String titleEn) {
        return rows.stream().filter(row -> row.titleEn().equals(titleEn)).findFirst().orElseThrow();
    }
}
