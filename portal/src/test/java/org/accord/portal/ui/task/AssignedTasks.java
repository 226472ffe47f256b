package org.accord.portal.ui.task;

import static org.accord.milestone.MilestoneStories.TODAY;

import org.accord.initiative.PortfolioFixture;
import org.accord.initiative.Priority;
import org.accord.milestone.MilestoneStories;
import org.accord.task.TaskDetail;
import org.accord.task.TaskDraft;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tasks on the initiative of {@link MilestoneStories} (led by bersin, US, and lead.mx), created through the service. */
public class AssignedTasks {

    public final MilestoneStories initiative;
    private final Tasks tasks;
    private final SignedIn signedIn;
    private final JdbcTemplate jdbc;

    public AssignedTasks(MilestoneStories initiative, Tasks tasks, SignedIn signedIn, JdbcTemplate jdbc) {
        this.initiative = initiative;
        this.tasks = tasks;
        this.signedIn = signedIn;
        this.jdbc = jdbc;
    }

    /** A task the lead gives to someone, due in {@code days} days. */
    public long assign(String lead, String assignee, String title, int days, boolean internal) {
        return signedIn.as(lead, () -> {
            TaskDraft draft = tasks.newDraft(initiative.initiativeId, null);
            draft.setTitle(PortfolioFixture.unique(title + " "));
            draft.setDescription("Prepared for the story: " + title);
            draft.setAssigneeId(idOf(assignee));
            draft.setDueDate(TODAY.plusDays(days));
            draft.setPriority(Priority.HIGH);
            draft.setInternal(internal);
            return tasks.save(draft);
        });
    }

    /** Moves the due date into the past, as time passing would; the service refuses past dates on creation. */
    public void dueDaysAgo(long taskId, int days) {
        jdbc.update("update task set due_date = ? where id = ?", TODAY.minusDays(days), taskId);
    }

    public String initiativeCode() {
        return jdbc.queryForObject("select code from initiative where id = ?", String.class, initiative.initiativeId);
    }

    public long idOf(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    public TaskDetail detail(String viewer, long taskId) {
        return signedIn.as(viewer, () -> tasks.detail(taskId));
    }
}
