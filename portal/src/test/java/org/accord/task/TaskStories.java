package org.accord.task;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.initiative.Priority;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An agreement with two commitments, an initiative serving the first ({@code commitmentId}) led by bersin (US) and
 * lead.mx (MX), and tasks on it handed out by bersin.
 */
public class TaskStories {

    public static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    public final long agreementId;
    public final long commitmentId;
    public final long otherCommitmentId;
    public final long initiativeId;
    public final PortfolioFixture fixture;
    private final InitiativePortfolio portfolio;
    private final SignedIn signedIn;
    private final Tasks tasks;

    public TaskStories(SignedIn signedIn, Tasks tasks, InitiativePortfolio portfolio, Agreements agreements,
                       ReferenceData referenceData, JdbcTemplate jdbc) {
        this.signedIn = signedIn;
        this.tasks = tasks;
        this.fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        this.portfolio = portfolio;
        long[] agreement = signedIn.as("pm.us", fixture::agreementWithTwoCommitments);
        agreementId = agreement[0];
        commitmentId = agreement[1];
        otherCommitmentId = agreement[2];
        initiativeId = initiativeServing(commitmentId);
    }

    /** An initiative of the agreement serving {@code commitment}, led like the first. */
    public long initiativeServing(long commitment) {
        return signedIn.as("pm.us", () -> portfolio.save(fixture.initiative(commitment, "bersin", "lead.mx")));
    }

    public TaskDraft draft(String title, String assignee, LocalDate due) {
        return draft(initiativeId, title, assignee, due);
    }

    public TaskDraft draft(long initiative, String title, String assignee, LocalDate due) {
        var draft = signedIn.as("bersin", () -> tasks.newDraft(initiative, null));
        draft.setTitle(title);
        draft.setDescription("Details of " + title);
        draft.setAssigneeId(fixture.userId(assignee));
        draft.setDueDate(due);
        draft.setPriority(Priority.HIGH);
        return draft;
    }

    /** A shared task bersin gives to {@code assignee}. */
    public long task(String title, String assignee, LocalDate due) {
        return signedIn.as("bersin", () -> tasks.save(draft(title, assignee, due)));
    }

    /** A US-internal task bersin gives to {@code assignee}. */
    public long internalTask(String title, String assignee, LocalDate due) {
        var draft = draft(title, assignee, due);
        draft.setInternal(true);
        return signedIn.as("bersin", () -> tasks.save(draft));
    }

    /** Moves a task's due date into the past, as time passing would: the service refuses past dates. */
    public void dueAgo(long taskId, int days, JdbcTemplate jdbc) {
        jdbc.update("update task set due_date = ? where id = ?", TODAY.minusDays(days), taskId);
    }

    public long version(long taskId, String as) {
        return signedIn.as(as, () -> tasks.detail(taskId)).row().version();
    }

    /** A new US liaison account, enabled or not. */
    public long liaison(UserAdministration users, ReferenceData referenceData, boolean enabled) {
        return signedIn.as("admin.us", () -> {
            var draft = new UserDraft();
            String name = PortfolioFixture.unique("liaison-").toLowerCase();
            draft.setUsername(name);
            draft.setDisplayName("Liaison " + name);
            draft.setEmail(name + "@example.org");
            var agency = referenceData.agencies().stream().filter(a -> a.getCode().equals("CBP")).findFirst()
                    .orElseThrow();
            draft.setParty(agency.getParty());
            draft.setAgency(agency);
            draft.setLanguage(Language.EN);
            draft.setRoles(EnumSet.of(Role.LIAISON));
            draft.setEnabled(enabled);
            draft.setInitialPassword("a long enough password 1");
            return users.save(draft).id();
        });
    }
}
