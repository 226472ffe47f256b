package org.accord.portal.ui.worklist;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.accord.agreement.Agreements;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.PortfolioFixture;
import org.accord.initiative.Priority;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.accord.progress.ProgressFixture;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a lead's worklist shows, made through the services: new US oversight leads of their own (so that other
 * tests' rows never crowd a capped list), their active initiatives, milestones, a returned update and overdue tasks.
 */
class WorklistFixture {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final SignedIn signedIn;
    private final InitiativePortfolio portfolio;
    private final MilestonePlan plan;
    private final Tasks tasks;
    private final ProgressUpdates updates;
    private final UserAdministration users;
    private final ReferenceData referenceData;
    private final JdbcTemplate jdbc;
    private final PortfolioFixture fixture;
    private final ProgressFixture progress;
    private final long commitmentId;

    WorklistFixture(SignedIn signedIn, InitiativePortfolio portfolio, MilestonePlan plan, Tasks tasks,
                    ProgressUpdates updates, ReportingPeriods periods, UserAdministration users,
                    Agreements agreements, ReferenceData referenceData, JdbcTemplate jdbc) {
        this.signedIn = signedIn;
        this.portfolio = portfolio;
        this.plan = plan;
        this.tasks = tasks;
        this.updates = updates;
        this.users = users;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
        this.fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        this.progress = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        this.commitmentId = signedIn.as("pm.us", () -> fixture.agreementWithTwoCommitments()[1]);
    }

    /** A new enabled US oversight lead at CBP who reads the portal in {@code language}. */
    String newLead(Language language) {
        return signedIn.as("admin.us", () -> {
            var draft = new UserDraft();
            String name = PortfolioFixture.unique("lead-").toLowerCase();
            draft.setUsername(name);
            draft.setDisplayName("Lead " + name);
            draft.setEmail(name + "@example.org");
            var agency = referenceData.agencies().stream().filter(a -> a.getCode().equals("CBP")).findFirst()
                    .orElseThrow();
            draft.setParty(agency.getParty());
            draft.setAgency(agency);
            draft.setLanguage(language);
            draft.setRoles(EnumSet.of(Role.OVERSIGHT_LEAD));
            draft.setEnabled(true);
            draft.setInitialPassword("a long enough password 1");
            users.save(draft);
            return name;
        });
    }

    /** An active initiative whose US side {@code usLead} leads (lead.mx the MX side), amber for a stated reason. */
    long amberInitiative(String usLead) {
        return signedIn.as("pm.us", () -> {
            var draft = fixture.initiative(commitmentId, usLead, "lead.mx");
            draft.setStartDate(TODAY.minusYears(1));
            draft.setStatus(InitiativeStatus.ACTIVE);
            draft.setHealth(Health.AMBER);
            draft.setHealthReason("Scanner delivery is late");
            return portfolio.save(draft);
        });
    }

    String code(long initiativeId) {
        return jdbc.queryForObject("select code from initiative where id = ?", String.class, initiativeId);
    }

    String displayName(String username) {
        return jdbc.queryForObject("select display_name from user_account where username = ?", String.class,
                username);
    }

    /** A milestone expected {@code inDays} days from today (its baseline). */
    long milestone(long initiativeId, String title, OwnerSide side, int inDays) {
        return signedIn.as("pm.us", () -> plan.save(initiativeId,
                MilestoneStories.draft(title, side, TODAY.plusDays(inDays), null, 1)));
    }

    /** The lead's update of the initiative in a new open period, submitted and returned by the MX program manager. */
    long returnedUpdate(String lead, long initiativeId, String comment) {
        long period = progress.openPeriod().id();
        signedIn.as(lead, () -> updates.submit(period, initiativeId, ProgressFixture.written("Manifests exchanged")));
        var sent = signedIn.as("pm.mx", () -> updates.update(period, initiativeId, "US"));
        signedIn.as("pm.mx", () -> updates.returnUpdate(sent.id(), sent.version(), comment));
        return period;
    }

    /** A task {@code by} hands out, then overdue by {@code daysAgo} days: the service refuses past due dates. */
    long overdueTask(String by, long initiativeId, String title, String assignee, int daysAgo) {
        long id = signedIn.as(by, () -> {
            var draft = tasks.newDraft(initiativeId, null);
            draft.setTitle(title);
            draft.setAssigneeId(fixture.userId(assignee));
            draft.setDueDate(TODAY.plusDays(7));
            draft.setPriority(Priority.HIGH);
            return tasks.save(draft);
        });
        jdbc.update("update task set due_date = ? where id = ?", TODAY.minusDays(daysAgo), id);
        return id;
    }
}
