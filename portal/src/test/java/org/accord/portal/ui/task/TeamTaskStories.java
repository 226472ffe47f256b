package org.accord.portal.ui.task;

import static org.accord.milestone.MilestoneStories.TODAY;

import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.people.ReferenceData;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two initiatives and their tasks, as the team view shows them. Initiative {@code ledByBersin} (US bersin, MX
 * lead.mx) has: an overdue task of liaison.us, an open one of liaison.mx, a done one of liaison.us and an internal
 * one the Mexican program manager gave liaison.mx. Initiative {@code ledByAguilar} (US aguilar, MX lead.inm) has
 * one open task of liaison.us. Each serves the first commitment of an agreement of its own.
 */
class TeamTaskStories {

    final long ledByBersin;
    final long ledByAguilar;
    final long bersinsAgreement;
    final long bersinsCommitment;
    final long aguilarsAgreement;
    final long aguilarsCommitment;
    final long overdue;
    final long openOfLiaisonMx;
    final long done;
    final long internalMx;
    final long otherInitiative;
    final String tag = PortfolioFixture.unique("");

    private final SignedIn signedIn;
    private final Tasks tasks;
    private final PortfolioFixture fixture;

    TeamTaskStories(SignedIn signedIn, Tasks tasks, InitiativePortfolio portfolio, MilestonePlan plan,
                    Agreements agreements, ReferenceData referenceData, JdbcTemplate jdbc) {
        this.signedIn = signedIn;
        this.tasks = tasks;
        this.fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        var milestoneStories = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        ledByBersin = milestoneStories.initiativeId;
        bersinsAgreement = milestoneStories.agreementId;
        bersinsCommitment = milestoneStories.commitmentId;
        long[] aguilars = signedIn.as("pm.us", fixture::agreementWithTwoCommitments);
        aguilarsAgreement = aguilars[0];
        aguilarsCommitment = aguilars[1];
        ledByAguilar = signedIn.as("pm.us", () -> portfolio.save(fixture.initiative(aguilarsCommitment, "aguilar",
                "lead.inm")));
        overdue = task("pm.us", ledByBersin, "Overdue report", "liaison.us", false);
        jdbc.update("update task set due_date = ? where id = ?", TODAY.minusDays(3), overdue);
        openOfLiaisonMx = task("pm.us", ledByBersin, "Open translation", "liaison.mx", false);
        done = task("bersin", ledByBersin, "Finished inspection", "liaison.us", false);
        signedIn.as("bersin", () -> tasks.changeStatus(done, tasks.detail(done).row().version(), TaskStatus.DONE,
                "Inspected"));
        internalMx = task("pm.mx", ledByBersin, "Internal Mexican briefing", "liaison.mx", true);
        otherInitiative = task("pm.us", ledByAguilar, "Elsewhere", "liaison.us", false);
    }

    long userId(String username) {
        return fixture.userId(username);
    }

    private long task(String by, long initiativeId, String title, String assignee, boolean internal) {
        return signedIn.as(by, () -> {
            var draft = tasks.newDraft(initiativeId, null);
            draft.setTitle(title + " " + tag);
            draft.setAssigneeId(fixture.userId(assignee));
            draft.setInternal(internal);
            return tasks.save(draft);
        });
    }
}
