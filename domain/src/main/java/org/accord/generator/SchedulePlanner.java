package org.accord.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.accord.generator.PortfolioPlan.PlannedInitiative;
import org.accord.generator.PortfolioPlan.Side;
import org.accord.generator.SchedulePlan.PlannedLogLine;
import org.accord.generator.SchedulePlan.PlannedMilestone;
import org.accord.generator.SchedulePlan.PlannedPeriod;
import org.accord.generator.SchedulePlan.PlannedUpdate;
import org.accord.generator.Vocabulary.Words;
import org.accord.initiative.InitiativeStatus;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;

/**
 * Decides milestones and progress updates of the planned initiatives with a {@link Random} of its own, so that
 * the portfolio plan stays as it was. The schedule is seen from {@link #AS_OF}, inside the last (open) quarter:
 * milestones done by then have an actual date, later ones are planned or in progress.
 */
final class SchedulePlanner {

    static final LocalDate AS_OF = LocalDate.of(2014, 3, 15);
    static final LocalDate FIRST_QUARTER = LocalDate.of(2012, 4, 1);

    private final GeneratorSettings settings;
    private final Random random;

    private SchedulePlanner(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed() * 31 + 7);
    }

    static SchedulePlan plan(GeneratorSettings settings, List<PlannedInitiative> initiatives) {
        return new SchedulePlanner(settings).plan(initiatives);
    }

    static String quarterCode(int index) {
        LocalDate start = FIRST_QUARTER.plusMonths(3L * index);
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }

    private SchedulePlan plan(List<PlannedInitiative> initiatives) {
        List<PlannedMilestone> milestones = new ArrayList<>();
        for (PlannedInitiative initiative : initiatives) {
            for (int position = 0; position < settings.milestonesPerInitiative(); position++) {
                milestones.add(milestone(initiative, position));
            }
        }
        List<PlannedPeriod> periods = new ArrayList<>();
        for (int index = 0; index < settings.quarters(); index++) {
            LocalDate start = FIRST_QUARTER.plusMonths(3L * index);
            periods.add(new PlannedPeriod(quarterCode(index), start, start.plusMonths(3).minusDays(1),
                    index == settings.quarters() - 1));
        }
        List<PlannedUpdate> updates = new ArrayList<>();
        for (PlannedPeriod period : periods) {
            for (PlannedInitiative initiative : initiatives) {
                if (initiative.status() == InitiativeStatus.ACTIVE && !initiative.startDate().isAfter(period.end())
                        && !initiative.targetEndDate().isBefore(period.start())) {
                    initiative.sides().forEach(side -> updates.add(update(period, initiative, side)));
                }
            }
        }
        return new SchedulePlan(milestones, periods, updates);
    }

    private PlannedMilestone milestone(PlannedInitiative initiative, int position) {
        Words words = pick(Vocabulary.MILESTONES);
        long span = Math.max(1, ChronoUnit.DAYS.between(initiative.startDate(), initiative.targetEndDate()));
        LocalDate baseline = initiative.startDate()
                .plusDays(span * (position + 1) / (settings.milestonesPerInitiative() + 1));
        int slip = slipDays();
        OwnerSide side = side();
        PlannedLogLine logLine = null;
        String lead = initiative.sides().get(side == OwnerSide.MX ? 1 : 0).lead();
        if (slip > 60 && random.nextInt(100) < 25) {
            LocalDate rebaselined = baseline.plusDays(slip / 2);
            logLine = new PlannedLogLine(lead, baseline.minusDays(7), "baselineDate: " + baseline + " → " + rebaselined,
                    null, text(pick(Vocabulary.REBASELINE_REASONS)));
            slip -= slip / 2;
            baseline = rebaselined;
        } else if (slip > 14 && random.nextInt(100) < 20) {
            logLine = new PlannedLogLine(lead, baseline, null, text(pick(Vocabulary.MILESTONE_NOTES)), null);
        }
        LocalDate expected = baseline.plusDays(slip);
        LocalDate forecast = slip == 0 ? null : expected;
        MilestoneStatus status = status(initiative.status(), baseline, expected);
        String title = "%d. %s";
        return new PlannedMilestone(initiative.code(), position, title.formatted(position + 1, words.en()),
                title.formatted(position + 1, words.es()), side, baseline,
                status == MilestoneStatus.CANCELLED ? null : forecast,
                status == MilestoneStatus.DONE ? expected : null, status, 1 + random.nextInt(10), logLine);
    }

    /** Mostly on time; otherwise late by a few days, some weeks or, rarely, months; now and then early. */
    private int slipDays() {
        int chance = random.nextInt(100);
        return chance < 50 ? 0
                : chance < 55 ? -1 - random.nextInt(14)
                : chance < 80 ? 1 + random.nextInt(30)
                : chance < 95 ? 31 + random.nextInt(60)
                : 91 + random.nextInt(150);
    }

    private MilestoneStatus status(InitiativeStatus initiative, LocalDate baseline, LocalDate expected) {
        int chance = random.nextInt(100);
        if (initiative == InitiativeStatus.PROPOSED) {
            return MilestoneStatus.PLANNED;
        }
        if (chance < 4 || initiative == InitiativeStatus.CANCELLED && expected.isAfter(AS_OF.minusMonths(6))) {
            return MilestoneStatus.CANCELLED;
        }
        if (!expected.isAfter(AS_OF)) {
            return chance < 90 ? MilestoneStatus.DONE : MilestoneStatus.MISSED;
        }
        return !baseline.isAfter(AS_OF.plusDays(60)) ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.PLANNED;
    }

    private OwnerSide side() {
        int chance = random.nextInt(100);
        return chance < 40 ? OwnerSide.US : chance < 75 ? OwnerSide.MX : OwnerSide.JOINT;
    }

    private PlannedUpdate update(PlannedPeriod period, PlannedInitiative initiative, Side side) {
        boolean spanish = side.partyCode().equals("MX");
        return new PlannedUpdate(period.code(), initiative.code(), side.partyCode(), side.lead(), random.nextInt(100),
                text(pick(Vocabulary.ACCOMPLISHMENTS), spanish), text(pick(Vocabulary.NEXT_STEPS), spanish),
                random.nextInt(100) < 30 ? text(pick(Vocabulary.AMBER_REASONS), spanish) : null,
                initiative.health().name());
    }

    private String text(Words words) {
        return text(words, random.nextBoolean());
    }

    private static String text(Words words, boolean spanish) {
        return spanish ? words.es() : words.en();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
