package org.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.generator.PortfolioPlan.PlannedInitiative;
import org.accord.generator.PortfolioPlan.Side;
import org.junit.jupiter.api.Test;

class PortfolioPlannerTest {

    static final GeneratorSettings SETTINGS = new GeneratorSettings(50, 2000, 200, 20, 8, 2012);

    @Test
    void theSameSettingsPlanTheSamePortfolio() {
        assertThat(PortfolioPlanner.plan(SETTINGS)).isEqualTo(PortfolioPlanner.plan(SETTINGS));
    }

    @Test
    void anotherSeedPlansAnotherPortfolio() {
        var other = new GeneratorSettings(50, 2000, 200, 20, 8, 2013);

        assertThat(PortfolioPlanner.plan(other).initiatives()).isNotEqualTo(PortfolioPlanner.plan(SETTINGS).initiatives());
    }

    @Test
    void planHasTheRequestedSizesWithinTheRequestedRanges() {
        PortfolioPlan plan = PortfolioPlanner.plan(SETTINGS);

        assertThat(plan.leads()).hasSize(400).extracting(PortfolioPlan.Lead::displayName).doesNotHaveDuplicates();
        assertThat(plan.agreements()).hasSize(50)
                .allSatisfy(agreement -> assertThat(agreement.commitments()).hasSizeBetween(3, 6));
        assertThat(plan.initiatives()).hasSize(2000).allSatisfy(initiative -> {
            assertThat(initiative.commitments()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            assertThat(initiative.sides()).extracting(Side::partyCode).containsExactly("US", "MX");
            assertThat(initiative.health().needsReason()).isEqualTo(initiative.healthReason() != null);
            assertThat(initiative.targetEndDate()).isAfter(initiative.startDate());
        });
        assertThat(plan.initiatives().stream().map(PlannedInitiative::sides)
                .filter(sides -> sides.stream().anyMatch(Side::changedHands)).count()).isBetween(400L, 700L);
    }

    @Test
    void settingsOutOfRangeAreRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> new GeneratorSettings(0, 10, 10, 20, 8, 1)).hasMessageContaining("accord.generate.agreements");
        assertThatThrownBy(() -> new GeneratorSettings(5, 100_000, 10, 20, 8, 1))
                .hasMessageContaining("accord.generate.initiatives");
    }
}
