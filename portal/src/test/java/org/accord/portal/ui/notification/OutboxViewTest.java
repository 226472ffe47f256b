package org.accord.portal.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.stream.IntStream;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.notification.MailStatus;
import org.accord.notification.Outbox;
import org.accord.notification.OutboxMail;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.AccessDeniedView;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrators' outbox: whether SMTP is configured, e-mails by status from the link, one e-mail's body. */
class OutboxViewTest extends PortalBrowserlessTest {

    @Autowired
    Outbox outbox;
    @Autowired
    Tasks tasks;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan plan;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    TaskAssignments assignments;

    @BeforeEach
    void initiativeLedByBersin() {
        assignments = new TaskAssignments(new SignedIn(users), tasks, portfolio, plan, agreements, referenceData, jdbc);
    }

    @Test
    @WithUserDetails("admin.us")
    void assignmentMailIsListedWithTheStatusTheConfigurationGivesIt() {
        String title = "Outbox check " + System.nanoTime();
        assignments.assign(title, "morton");
        String address = jdbc.queryForObject("select email from user_account where username = 'morton'", String.class);
        boolean smtp = outbox.smtpConfigured();
        // Without an SMTP server e-mails are held; with one (the tests' GreenMail, nothing scheduled) they wait.
        MailStatus status = smtp ? MailStatus.PENDING : MailStatus.HELD;

        OutboxView view = open(Map.of("status", status.name().toLowerCase()));

        assertThat(view.smtpBanner.getText()).isEqualTo(smtp
                ? "An SMTP server is configured: e-mails are sent, and this page shows what went out or waits to be retried."
                : "No SMTP server is configured: e-mails are kept here instead of being sent.");
        assertThat(view.status.getValue()).isEqualTo(status);
        int row = rowOf(view, title);
        OutboxMail mail = test(view.grid).getRow(row);
        assertThat(mail.toAddress()).isEqualTo(address);
        assertThat(mail.language()).isEqualToIgnoringCase("en");
        assertThat(mail.kind()).isEqualTo("TASK_ASSIGNED");
        assertThat(test(view.grid).getCellText(row, 3)).isEqualTo("Task assigned");
        assertThat(test(view.grid).getCellText(row, 5)).isEqualTo(smtp ? "Pending" : "Held");
        assertThat(IntStream.range(0, Math.min(test(view.grid).size(), 50)).mapToObj(i -> test(view.grid).getRow(i).status()))
                .containsOnly(status);
    }

    @Test
    @WithUserDetails("admin.us")
    void choosingAMailShowsItsWholeBodyAsPlainText() {
        String title = "Body <b>check</b> " + System.nanoTime();
        assignments.assign(title, "morton");
        OutboxView view = navigate(OutboxView.class);
        assertThat(view.status.getValue()).isNull();
        int row = rowOf(view, title);
        OutboxMail mail = test(view.grid).getRow(row);

        test(view.grid).select(row);

        OutboxMailDialog dialog = $(OutboxMailDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo(mail.subject());
        assertThat(dialog.body.getText()).isEqualTo(mail.body()).contains(title);
    }

    @Test
    @WithUserDetails("admin.us")
    void mailsHeldBeforeAnSmtpServerWasConfiguredAreSentOnRequest() {
        String subject = "Held before SMTP " + System.nanoTime();
        jdbc.update("""
                insert into mail_message (recipient_id, to_address, language, kind, subject, body, status, attempts,
                    next_attempt_at, created_at)
                select id, email, 'en', 'TASK_ASSIGNED', ?, 'Body', 'HELD', 0, current_timestamp, current_timestamp
                from user_account where username = 'liaison.us'""", subject);
        OutboxView view = navigate(OutboxView.class);
        assertThat(outbox.smtpConfigured()).as("the tests' SMTP server").isTrue();
        assertThat(view.sendHeld.isVisible()).isTrue();

        test(view.sendHeld).click();

        assertThat(jdbc.queryForObject("select status from mail_message where subject = ?", String.class, subject))
                .isEqualTo("PENDING");
        assertThat(view.sendHeld.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("admin.mx")
    void mailToAPersonOfTheOtherPartyIsNotListed() {
        String title = "Other party's mail " + System.nanoTime();
        assignments.assign(title, "morton");

        OutboxView view = navigate(OutboxView.class);

        assertThat(IntStream.range(0, Math.min(test(view.grid).size(), 50)).mapToObj(i -> test(view.grid).getRow(i)))
                .noneMatch(mail -> mail.subject().contains(title) || mail.body().contains(title));
        assertThat(view.partyNote.getText()).isEqualTo("Aquí solo aparecen los correos a personas de su país.");
    }

    @Test
    @WithUserDetails("admin.mx")
    void unknownStatusInTheLinkShowsAllMails() {
        OutboxView view = open(Map.of("status", "lost"));

        assertThat(view.status.getValue()).isNull();
        assertThat(test(view.grid).size()).isEqualTo(outbox.count(null));
    }

    @Test
    @WithUserDetails("pm.us")
    void programManagerIsDeniedTheOutbox() {
        navigate("admin/outbox", AccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private OutboxView open(Map<String, String> link) {
        UI.getCurrent().navigate(OutboxView.class, QueryParameters.simple(link));
        return (OutboxView) getCurrentView();
    }

    private int rowOf(OutboxView view, String title) {
        return IntStream.range(0, Math.min(test(view.grid).size(), 50))
                .filter(i -> test(view.grid).getRow(i).subject().contains(title)
                        || test(view.grid).getRow(i).body().contains(title))
                .findFirst().orElseThrow(() -> new AssertionError("no e-mail about " + title));
    }
}
