package org.accord.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.accord.initiative.Health;
import org.accord.milestone.OwnerSide;

/**
 * Where the portfolio stands in one period and scope, side by side, each number with its value at the end of the
 * previous period. When {@code live}, the period is open and the numbers are today's, counted by the same rules as
 * the initiatives, milestones and team tasks lists; otherwise they are the closed period's snapshot. When live,
 * {@code chartCounts} holds the numbers of the charts, counted with the milestone figures (else null).
 */
public record DashboardFigures(DashboardPeriod period, DashboardPeriod previous, ReportScope scope, LocalDate asOf,
                               boolean live, List<Milestones> milestones, Initiatives initiatives,
                               List<PartyOverdue> overdueTasks, List<Parity> parity, Uncovered uncovered,
                               List<PeriodTrend> trends, Attention attention, ChartCounts chartCounts) {

    /** Milestones of one owner side, cancelled ones left out: on time, slipped past the baseline, missed. */
    public record Milestones(OwnerSide side, Figure total, Figure onTime, Figure slipped, Figure missed) {

        /** On time out of all, 0 to 1, now and before; null when none are counted. */
        public Double onTimeRate() {
            return rate(onTime.now(), total.now());
        }

        public Double previousOnTimeRate() {
            return rate(onTime.before(), total.before());
        }

        private static Double rate(Integer part, Integer whole) {
            return part == null || whole == null || whole == 0 ? null : (double) part / whole;
        }
    }

    /** Active initiatives by health. */
    public record Initiatives(Figure green, Figure amber, Figure red) {

        public Figure of(Health health) {
            return switch (health) {
                case GREEN -> green;
                case AMBER -> amber;
                case RED -> red;
            };
        }
    }

    /** Open tasks past their due date whose assignee belongs to one party, in all and by the assignee's agency. */
    public record PartyOverdue(String partyCode, Figure total, List<AgencyOverdue> agencies) {
    }

    public record AgencyOverdue(String agencyCode, Bilingual agencyName, Figure count) {
    }

    /** One party's progress updates of the period: approved, submitted late, returned, never submitted. */
    public record Parity(String partyCode, Figure approved, Figure late, Figure returned, Figure neverSubmitted) {
    }

    /** Commitments that no initiative serves: how many, and the first of them (today's, when live). */
    public record Uncovered(Figure count, List<UncoveredCommitment> first) {
    }

    public record UncoveredCommitment(long commitmentId, long agreementId, String label, Bilingual title) {
    }

    /** What needs attention in the period; each list holds its first rows and says how many there are. */
    public record Attention(Capped<TurnedInitiative> turned, Capped<LateMilestone> lateMilestones,
                            Capped<UpdateAttention> updates, boolean periodClosingSoon) {
    }

    public record Capped<T>(List<T> rows, int total) {
    }

    /** An active initiative whose health worsened during the period, to {@code health}. */
    public record TurnedInitiative(long initiativeId, String code, Bilingual title, Health from, Health health,
                                   LocalDate on) {
    }

    /** A milestone missed, or expected (or done) more than 30 days after its baseline. */
    public record LateMilestone(long milestoneId, long initiativeId, String initiativeCode, Bilingual title,
                                OwnerSide side, LocalDate baseline, LocalDate expected, boolean missed) {

        public long slippageDays() {
            return ChronoUnit.DAYS.between(baseline, expected);
        }
    }

    /** A party's update of an active initiative that was returned, or not yet submitted with the period closing. */
    public record UpdateAttention(long initiativeId, String code, Bilingual title, String partyCode, boolean returned) {
    }
}
