package org.accord.report;

import static org.accord.milestone.MilestoneStories.TODAY;

import java.util.concurrent.ThreadLocalRandom;
import org.accord.agreement.Agreements;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.PortfolioFixture;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.ReferenceData;
import org.accord.progress.PeriodView;
import org.accord.progress.ReportingPeriods;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An agreement whose one active, green initiative (led by bersin and lead.mx) has five milestones: on time,
 * slipped 20 days, slipped 40 days, overdue and cancelled. The previous quarter closed with that; the current one
 * is open. Both quarters lie far ahead, in a year no other test uses.
 */
public class DashboardStories {

    public final SignedIn signedIn;
    public final MilestoneStories milestones;
    public final PortfolioFixture fixture;
    public final ReportScope scope;
    public final PeriodView previous;
    public final PeriodView current;
    public final long onTime;
    public final long slippedFar;
    private final InitiativePortfolio portfolio;
    private final MilestonePlan plan;
    private final Tasks tasks;

    public DashboardStories(SignedIn signedIn, InitiativePortfolio portfolio, MilestonePlan plan, Tasks tasks,
                            ReportingPeriods periods, Agreements agreements, ReferenceData referenceData,
                            JdbcTemplate jdbc) {
        this.signedIn = signedIn;
        this.portfolio = portfolio;
        this.plan = plan;
        this.tasks = tasks;
        milestones = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        scope = ReportScope.agreement(milestones.agreementId);
        progress("pm.us", InitiativeStatus.ACTIVE, Health.GREEN, null);
        onTime = milestones.milestone("On time", OwnerSide.US, TODAY.plusDays(30), null);
        milestones.milestone("Slipped a little", OwnerSide.MX, TODAY.plusDays(30), TODAY.plusDays(50));
        slippedFar = milestones.milestone("Slipped far", OwnerSide.MX, TODAY.plusDays(10), TODAY.plusDays(50));
        milestones.milestone("Overdue", OwnerSide.JOINT, TODAY.minusDays(10), null);
        long cancelled = milestones.milestone("Cancelled", OwnerSide.US, TODAY.plusDays(5), TODAY.plusDays(90));
        milestone(cancelled, MilestoneStatus.CANCELLED);
        PeriodView[] quarters = adjacentQuarters(periods);
        previous = quarters[0];
        current = quarters[1];
        signedIn.as("pm.us", () -> periods.close(previous.id(), previous.version()));
    }

    public long initiativeId() {
        return milestones.initiativeId;
    }

    public long agreementId() {
        return milestones.agreementId;
    }

    public void progress(String by, InitiativeStatus status, Health health, String reason) {
        long version = signedIn.as("pm.us", () -> portfolio.detail(initiativeId())).version();
        signedIn.as(by, () -> portfolio.updateProgress(initiativeId(), version, status, health, reason));
    }

    public void milestone(long milestoneId, MilestoneStatus status) {
        long version = milestones.row(milestoneId).version();
        signedIn.as("bersin", () -> plan.recordProgress(milestoneId, version, status, null, null, null));
    }

    public long task(String by, String assignee, boolean internal) {
        return signedIn.as(by, () -> {
            var draft = tasks.newDraft(initiativeId(), null);
            draft.setTitle(PortfolioFixture.unique("Dashboard task "));
            draft.setAssigneeId(fixture.userId(assignee));
            draft.setInternal(internal);
            return tasks.save(draft);
        });
    }

    private PeriodView[] adjacentQuarters(ReportingPeriods periods) {
        for (int attempt = 0; ; attempt++) {
            int year = 3000 + ThreadLocalRandom.current().nextInt(6000);
            try {
                return new PeriodView[] {open(periods, year + "-Q4"), open(periods, year + 1 + "-Q1")};
            } catch (org.accord.shared.InvalidInputException taken) {
                if (attempt > 5) {
                    throw taken;
                }
            }
        }
    }

    private PeriodView open(ReportingPeriods periods, String code) {
        return signedIn.as("pm.us", () -> {
            long id = periods.openQuarter(code);
            return periods.all().stream().filter(period -> period.id() == id).findFirst().orElseThrow();
        });
    }
}
