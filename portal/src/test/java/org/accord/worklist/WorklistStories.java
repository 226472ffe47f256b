package org.accord.worklist;

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
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/** A new US oversight lead of their own, and initiatives, milestones and tasks built through the services. */
class WorklistStories {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    final PortfolioFixture fixture;
    final String lead;
    private final SignedIn signedIn;
    private final InitiativePortfolio portfolio;
    private final MilestonePlan plan;
    private final Tasks tasks;
    private final UserAdministration users;
    private final ReferenceData referenceData;
    private final JdbcTemplate jdbc;
    private final long commitmentId;

    WorklistStories(SignedIn signedIn, InitiativePortfolio portfolio, MilestonePlan plan, Tasks tasks,
                    UserAdministration users, Agreements agreements, ReferenceData referenceData, JdbcTemplate jdbc) {
        this.signedIn = signedIn;
        this.portfolio = portfolio;
        this.plan = plan;
        this.tasks = tasks;
        this.users = users;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
        this.fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        this.commitmentId = signedIn.as("pm.us", () -> fixture.agreementWithTwoCommitments()[1]);
        this.lead = newUser("lead-", Role.OVERSIGHT_LEAD);
    }

    /** A new enabled US account with one role, at CBP. */
    String newUser(String prefix, Role role) {
        return signedIn.as("admin.us", () -> {
            var draft = new UserDraft();
            String name = PortfolioFixture.unique(prefix).toLowerCase();
            draft.setUsername(name);
            draft.setDisplayName("Person " + name);
            draft.setEmail(name + "@example.org");
            var agency = referenceData.agencies().stream().filter(a -> a.getCode().equals("CBP")).findFirst()
                    .orElseThrow();
            draft.setParty(agency.getParty());
            draft.setAgency(agency);
            draft.setLanguage(Language.EN);
            draft.setRoles(EnumSet.of(role));
            draft.setEnabled(true);
            draft.setInitialPassword("a long enough password 1");
            users.save(draft);
            return name;
        });
    }

    void changeRoles(String username, Role role) {
        signedIn.as("admin.us", () -> {
            var draft = users.edit(fixture.userId(username));
            draft.setRoles(EnumSet.of(role));
            users.save(draft);
        });
    }

    /** An initiative the US side of which {@code usLead} leads, lead.mx the MX side. */
    long initiative(String usLead, InitiativeStatus status) {
        return signedIn.as("pm.us", () -> {
            var draft = fixture.initiative(commitmentId, usLead, "lead.mx");
            draft.setStartDate(TODAY.minusYears(1));
            draft.setStatus(status);
            draft.setHealth(Health.GREEN);
            return portfolio.save(draft);
        });
    }

    String code(long initiativeId) {
        return jdbc.queryForObject("select code from initiative where id = ?", String.class, initiativeId);
    }

    long milestone(long initiativeId, String title, LocalDate baseline, LocalDate forecast) {
        return signedIn.as("pm.us", () -> plan.save(initiativeId,
                MilestoneStories.draft(title, OwnerSide.JOINT, baseline, forecast, 1)));
    }

    /** A task {@code by} hands out, then overdue by {@code daysAgo} days: the service refuses past dates. */
    long overdueTask(String by, long initiativeId, String title, String assignee, int daysAgo, boolean internal) {
        long id = signedIn.as(by, () -> {
            var draft = tasks.newDraft(initiativeId, null);
            draft.setTitle(title);
            draft.setDescription("Details of " + title);
            draft.setAssigneeId(fixture.userId(assignee));
            draft.setDueDate(TODAY.plusDays(7));
            draft.setPriority(Priority.HIGH);
            draft.setInternal(internal);
            return tasks.save(draft);
        });
        jdbc.update("update task set due_date = ? where id = ?", TODAY.minusDays(daysAgo), id);
        return id;
    }
}
