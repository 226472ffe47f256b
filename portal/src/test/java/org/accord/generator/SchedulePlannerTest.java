package org.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.generator.SchedulePlan.PlannedMilestone;
import org.accord.generator.SchedulePlan.PlannedPeriod;
import org.accord.generator.SchedulePlan.PlannedUpdate;
import org.accord.initiative.InitiativeStatus;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;
import org.junit.jupiter.api.Test;

class SchedulePlannerTest {

    static final GeneratorSettings SETTINGS = PortfolioPlannerTest.SETTINGS;
    static final PortfolioPlan PORTFOLIO = PortfolioPlanner.plan(SETTINGS);
    static final SchedulePlan SCHEDULE = SchedulePlanner.plan(SETTINGS, PORTFOLIO.initiatives());

    @Test
    void theSameSettingsPlanTheSameSchedule() {
        assertThat(SchedulePlanner.plan(SETTINGS, PORTFOLIO.initiatives())).isEqualTo(SCHEDULE);
    }

    @Test
    void everyInitiativeGetsTheConfiguredNumberOfMilestonesWithinItsDatesWeightedOneToTen() {
        var byCode = PORTFOLIO.initiatives().stream()
                .collect(Collectors.toMap(PortfolioPlan.PlannedInitiative::code, Function.identity()));

        assertThat(SCHEDULE.milestones()).hasSize(40_000).allSatisfy(milestone -> {
            var initiative = byCode.get(milestone.initiativeCode());
            assertThat(milestone.baseline()).isAfterOrEqualTo(initiative.startDate());
            assertThat(milestone.weight()).isBetween(1, 10);
        });
        assertThat(SCHEDULE.milestones().stream().collect(Collectors.groupingBy(PlannedMilestone::side,
                Collectors.counting()))).containsOnlyKeys(OwnerSide.values());
    }

    @Test
    void statusesAgreeWithTheDatesAsOfTheOpenQuarterOnceTheInitiativeIsUnderWay() {
        var proposed = PORTFOLIO.initiatives().stream().filter(i -> i.status() == InitiativeStatus.PROPOSED)
                .map(PortfolioPlan.PlannedInitiative::code).collect(Collectors.toSet());
        assertThat(SCHEDULE.milestones()).filteredOn(milestone -> proposed.contains(milestone.initiativeCode()))
                .extracting(PlannedMilestone::status).containsOnly(MilestoneStatus.PLANNED);
        assertThat(SCHEDULE.milestones()).filteredOn(milestone -> !proposed.contains(milestone.initiativeCode()))
                .allSatisfy(milestone -> {
            switch (milestone.status()) {
                case DONE -> assertThat(milestone.actual()).isNotNull().isBeforeOrEqualTo(SchedulePlanner.AS_OF);
                case MISSED -> assertThat(milestone.actual()).isNull();
                case CANCELLED -> assertThat(milestone.actual()).isNull();
                case PLANNED, IN_PROGRESS -> {
                    assertThat(milestone.actual()).isNull();
                    assertThat(expected(milestone)).isAfter(SchedulePlanner.AS_OF.minusDays(1));
                }
            }
        });
        Map<MilestoneStatus, Long> byStatus = SCHEDULE.milestones().stream()
                .collect(Collectors.groupingBy(PlannedMilestone::status, Collectors.counting()));
        assertThat(byStatus).containsOnlyKeys(MilestoneStatus.values());
        assertThat(byStatus.get(MilestoneStatus.MISSED)).isBetween(500L, 4_000L);
        assertThat(byStatus.get(MilestoneStatus.CANCELLED)).isBetween(800L, 6_000L);
    }

    @Test
    void aboutHalfSlipAndAFewHaveALogLineWithANoteOrAReasonedRebaseline() {
        long slipped = SCHEDULE.milestones().stream()
                .filter(milestone -> milestone.forecast() != null && milestone.forecast().isAfter(milestone.baseline()))
                .count();
        var lines = SCHEDULE.milestones().stream().map(PlannedMilestone::logLine).filter(line -> line != null).toList();

        assertThat(slipped).isBetween(12_000L, 22_000L);
        assertThat(lines).hasSizeBetween(400, 4_000)
                .allMatch(line -> line.note() != null || line.rebaselineReason() != null && line.changes() != null)
                .anyMatch(line -> line.rebaselineReason() != null);
    }

    @Test
    void eightQuartersFrom2012Q2TheLastOpenWithUpdatesOfActiveInitiativesForBothParties() {
        assertThat(SCHEDULE.periods()).extracting(PlannedPeriod::code).containsExactly("2012-Q2", "2012-Q3",
                "2012-Q4", "2013-Q1", "2013-Q2", "2013-Q3", "2013-Q4", "2014-Q1");
        assertThat(SCHEDULE.periods()).filteredOn(PlannedPeriod::open).extracting(PlannedPeriod::code)
                .containsExactly("2014-Q1");
        var active = PORTFOLIO.initiatives().stream().filter(i -> i.status() == InitiativeStatus.ACTIVE)
                .map(PortfolioPlan.PlannedInitiative::code).collect(Collectors.toSet());
        assertThat(SCHEDULE.updates()).isNotEmpty().allMatch(update -> active.contains(update.initiativeCode()));
        assertThat(SCHEDULE.updates()).extracting(PlannedUpdate::partyCode).containsOnly("US", "MX");
    }

    @Test
    void milestonesAndQuartersOutOfRangeAreRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> new GeneratorSettings(5, 10, 10, 101, 8, 1))
                .hasMessageContaining("accord.generate.milestones-per-initiative");
        assertThatThrownBy(() -> new GeneratorSettings(5, 10, 10, 20, 41, 1))
                .hasMessageContaining("accord.generate.quarters");
    }

    private static java.time.LocalDate expected(PlannedMilestone milestone) {
        return milestone.forecast() == null ? milestone.baseline() : milestone.forecast();
    }
}
