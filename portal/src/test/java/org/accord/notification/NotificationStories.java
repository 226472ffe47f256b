package org.accord.notification;

import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.people.ReferenceData;
import org.accord.task.TaskDraft;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/** An initiative led by bersin (US, English) and lead.mx (MX, Spanish), and tasks handed out on it. */
class NotificationStories {

    final SignedIn signedIn;
    final MilestoneStories milestones;
    final String initiativeCode;
    private final Tasks tasks;
    private final JdbcTemplate jdbc;

    NotificationStories(SignedIn signedIn, Tasks tasks, InitiativePortfolio portfolio, MilestonePlan plan,
                        Agreements agreements, ReferenceData referenceData, JdbcTemplate jdbc) {
        this.signedIn = signedIn;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.milestones = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        this.initiativeCode = jdbc.queryForObject("select code from initiative where id = ?", String.class,
                milestones.initiativeId);
    }

    static String title(String what) {
        return PortfolioFixture.unique(what + " ");
    }

    long initiativeId() {
        return milestones.initiativeId;
    }

    /** A task {@code assigner} gives {@code assignee}, due in {@code days} days. */
    long assign(String assigner, String title, String assignee, int days) {
        return signedIn.as(assigner, () -> {
            TaskDraft draft = tasks.newDraft(milestones.initiativeId, null);
            draft.setTitle(title);
            draft.setAssigneeId(userId(assignee));
            draft.setDueDate(MilestoneStories.TODAY.plusDays(days));
            return tasks.save(draft);
        });
    }

    void reassign(String assigner, long taskId, String assignee) {
        signedIn.as(assigner, () -> tasks.reassign(taskId, tasks.detail(taskId).row().version(), userId(assignee)));
    }

    long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    String email(String username) {
        return jdbc.queryForObject("select email from user_account where username = ?", String.class, username);
    }
}
