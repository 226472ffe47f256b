package org.accord.portal.ui.notification;

import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.people.ReferenceData;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/** The oversight lead bersin hands tasks of a new initiative to people; each assignment notifies the assignee. */
class TaskAssignments {

    final MilestoneStories stories;
    private final SignedIn signedIn;
    private final Tasks tasks;
    private final PortfolioFixture fixture;

    TaskAssignments(SignedIn signedIn, Tasks tasks, InitiativePortfolio portfolio, MilestonePlan plan,
                    Agreements agreements, ReferenceData referenceData, JdbcTemplate jdbc) {
        this.signedIn = signedIn;
        this.tasks = tasks;
        this.fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        this.stories = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
    }

    /** A task titled {@code title} assigned by bersin to {@code username}; returns its id. */
    long assign(String title, String username) {
        return signedIn.as("bersin", () -> {
            var draft = tasks.newDraft(stories.initiativeId, null);
            draft.setTitle(title);
            draft.setAssigneeId(fixture.userId(username));
            return tasks.save(draft);
        });
    }

    String initiativeCode(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select code from initiative where id = ?", String.class, stories.initiativeId);
    }
}
