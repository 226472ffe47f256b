package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.Agency;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.accord.task.TaskStories;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each party's administrators see and release only the e-mails to people of their own party. */
@PortalTest
class OutboxPartyTest {

    @Autowired
    Outbox outbox;
    @Autowired
    Tasks tasks;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    UserAdministration users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    TaskStories stories;

    @BeforeEach
    void anInitiativeLedByBersinAndLeadMx() {
        signedIn = new SignedIn(userDetails);
        stories = new TaskStories(signedIn, tasks, portfolio, agreements, referenceData, jdbc);
    }

    @Test
    void mexicanAdministratorSeesNeitherUsInternalWorkNorAnyMailToPeopleOfTheUs() {
        String internal = NotificationStories.title("US-internal outbox");
        String sharedToUs = NotificationStories.title("Shared outbox US");
        String sharedToMx = NotificationStories.title("Shared outbox MX");
        String usLiaison = usernameOf(stories.liaison(users, referenceData, true));
        String mxLiaison = mexicanLiaison();
        stories.internalTask(internal, usLiaison, TaskStories.TODAY.plusDays(10));
        stories.task(sharedToUs, usLiaison, TaskStories.TODAY.plusDays(10));
        stories.task(sharedToMx, mxLiaison, TaskStories.TODAY.plusDays(10));

        List<String> mexican = texts(signedIn.as("admin.mx", () -> outbox.page(null, PageRequest.of(0, 100))));
        List<String> american = texts(signedIn.as("admin.us", () -> outbox.page(null, PageRequest.of(0, 100))));

        assertThat(mexican).anyMatch(text -> text.contains(sharedToMx))
                .noneMatch(text -> text.contains(internal) || text.contains(sharedToUs));
        assertThat(american).anyMatch(text -> text.contains(internal)).anyMatch(text -> text.contains(sharedToUs))
                .noneMatch(text -> text.contains(sharedToMx));
    }

    @Test
    void countsAreThoseOfTheAdministratorsParty() {
        long toMexico = jdbc.queryForObject("""
                select count(*) from mail_message m join user_account u on u.id = m.recipient_id
                join party p on p.id = u.party_id where p.code = 'MX'""", Long.class);

        assertThat(signedIn.as("admin.mx", () -> outbox.count(null))).isEqualTo(toMexico);
    }

    @Test
    void mexicanAdministratorReleasesOnlyTheHeldMailOfMexico() {
        String toUs = held("liaison.us");
        String toMx = held("liaison.mx");

        signedIn.as("admin.mx", () -> outbox.releaseHeld());

        assertThat(statusOf(toMx)).isEqualTo("PENDING");
        assertThat(statusOf(toUs)).isEqualTo("HELD");
        signedIn.as("admin.us", () -> outbox.releaseHeld());
        assertThat(statusOf(toUs)).isEqualTo("PENDING");
    }

    private String mexicanLiaison() {
        String username = PortfolioFixture.unique("enlace-").toLowerCase();
        signedIn.as("admin.mx", () -> {
            var draft = new UserDraft();
            draft.setUsername(username);
            draft.setDisplayName("Enlace " + username);
            draft.setEmail(username + "@example.org");
            Agency customs = referenceData.agencies().stream().filter(a -> a.getCode().equals("ADUANAS")).findFirst()
                    .orElseThrow();
            draft.setParty(customs.getParty());
            draft.setAgency(customs);
            draft.setLanguage(Language.ES);
            draft.setRoles(EnumSet.of(Role.LIAISON));
            draft.setInitialPassword("a long enough password 1");
            users.save(draft);
        });
        return username;
    }

    private String usernameOf(long id) {
        return jdbc.queryForObject("select username from user_account where id = ?", String.class, id);
    }

    private String held(String username) {
        String subject = NotificationStories.title("Held for " + username);
        jdbc.update("""
                insert into mail_message (recipient_id, to_address, language, kind, subject, body, status, attempts,
                    next_attempt_at, created_at)
                select id, email, 'en', 'TASK_ASSIGNED', ?, 'Body', 'HELD', 0, current_timestamp, current_timestamp
                from user_account where username = ?""", subject, username);
        return subject;
    }

    private String statusOf(String subject) {
        return jdbc.queryForObject("select status from mail_message where subject = ?", String.class, subject);
    }

    private static List<String> texts(List<OutboxMail> mails) {
        return mails.stream().map(mail -> mail.subject() + "\n" + mail.body()).toList();
    }
}
