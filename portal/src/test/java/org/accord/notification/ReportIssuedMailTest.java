package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.accord.report.IssuedReportFixture;
import org.accord.report.IssuedReportView;
import org.accord.report.IssuedReports;
import org.accord.report.ReportFormat;
import org.accord.report.ReportIssued;
import org.accord.report.ReportLanguage;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.accord.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The executives of both parties hear of an issued report by e-mail, in their language, from a real SMTP server. */
@PortalTest
class ReportIssuedMailTest {

    private static final Map<String, String> EXECUTIVES = Map.of("napolitano", "en", "wayne", "en", "meade", "es",
            "poire", "es");

    @Autowired
    IssuedReports issued;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    Notifier notifier;
    @Autowired
    RecipientRepository people;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Value("${accord.portal.base-url:http://localhost:8080}")
    String baseUrl;

    SignedIn signedIn;
    IssuedReportFixture fixture;

    @BeforeEach
    void aMailServer() {
        TestMailServer.start();
        signedIn = new SignedIn(userDetails);
        fixture = new IssuedReportFixture();
    }

    @Test
    void everyExecutiveOfBothPartiesIsToldInTheirLanguageWithALinkToTheReports() throws Exception {
        IssuedReportView report = issue();
        dispatcher.dispatch();

        for (var executive : EXECUTIVES.entrySet()) {
            List<MimeMessage> mails = mailsAbout(executive.getKey(), report.identifier());
            assertThat(mails).as(executive.getKey()).hasSize(1);
            MimeMessage mail = mails.getFirst();
            String body = mail.getContent().toString();
            if (executive.getValue().equals("es")) {
                assertThat(mail.getSubject()).isEqualTo("[Accord] Informe emitido: " + report.identifier() + " ("
                        + report.periodLabel() + ")");
                assertThat(body).contains("emitió el informe bilateral de avance " + report.identifier(),
                        "página de informes");
            } else {
                assertThat(mail.getSubject()).isEqualTo("[Accord] Report issued: " + report.identifier() + " ("
                        + report.periodLabel() + ")");
                assertThat(body).contains("issued the bilateral progress report " + report.identifier(),
                        "reports page");
            }
            assertThat(body).contains(report.issuedByName(), baseUrl + "/reports");
            assertThat(mail.getContentType()).startsWith("text/plain");
        }
        assertThat(mailsAbout("pm.us", report.identifier())).as("the issuer is not told").isEmpty();
        assertThat(mailsAbout("bersin", report.identifier())).as("only executives").isEmpty();
        assertThat(signedIn.as("poire", () -> notifications.mine(PageRequest.of(0, 50))))
                .filteredOn(n -> n.kind() == NotificationKind.REPORT_ISSUED
                        && n.subject().equals(report.identifier()))
                .singleElement().satisfies(n -> {
                    assertThat(n.detail()).isEqualTo(report.periodLabel());
                    assertThat(n.actor()).isEqualTo(report.issuedByName());
                });
    }

    @Test
    void withTheAttachmentSettingTheE_mailCarriesTheIssuedFile() throws Exception {
        IssuedReportView report = issue();
        byte[] issuedBytes = signedIn.as("meade", () -> issued.download(report.id())).content();
        // The application runs with the setting off; the same listener with it on, for the same report.
        jdbc.update("delete from mail_message where issued_report_id is null and dedup_key like ?",
                "report:" + report.id() + ":%");
        var attaching = new ReportNotifications(notifier, people, true);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> attaching.issued(new ReportIssued(
                report.id(), report.identifier(), report.version(), report.periodLabel(), report.scopeKind(),
                report.scopeId(), report.language(), report.format(), report.issuedBy(), null)));
        assertThat(jdbc.queryForObject("select count(*) from mail_message where issued_report_id = ?", Integer.class,
                report.id())).isEqualTo(EXECUTIVES.size());
        dispatcher.dispatch();

        for (var executive : EXECUTIVES.entrySet()) {
            MimeMessage mail = mailsAbout(executive.getKey(), report.identifier()).getFirst();
            assertThat(mail.getContent()).isInstanceOf(Multipart.class);
            Multipart parts = (Multipart) mail.getContent();
            String text = textOf(parts);
            assertThat(text).contains(executive.getValue().equals("es") ? "el archivo emitido va adjunto"
                    : "the issued file is attached");
            BodyPart attachment = attachmentOf(parts);
            assertThat(attachment.getFileName()).isEqualTo(report.fileName());
            assertThat(attachment.getContentType()).startsWith("application/pdf");
            var content = new ByteArrayOutputStream();
            attachment.getInputStream().transferTo(content);
            assertThat(content.toByteArray()).as(executive.getKey()).isEqualTo(issuedBytes);
        }
    }

    private IssuedReportView issue() {
        var request = IssuedReportFixture.range(IssuedReportFixture.freshScope(), ReportLanguage.EN,
                ReportFormat.PDF);
        return signedIn.as("pm.us", () -> issued.issue(request, null, null, fixture.rendering()));
    }

    private List<MimeMessage> mailsAbout(String username, String identifier) {
        String address = jdbc.queryForObject("select email from user_account where username = ?", String.class,
                username);
        return Arrays.stream(TestMailServer.start().getReceivedMessages()).filter(mail -> {
            try {
                Address[] to = mail.getRecipients(Message.RecipientType.TO);
                return to != null && to[0].toString().equalsIgnoreCase(address)
                        && mail.getSubject().contains(identifier);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String textOf(Multipart parts) throws Exception {
        var text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                text.append(textOf(nested));
            } else if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                text.append(part.getContent());
            }
        }
        return text.toString();
    }

    private static BodyPart attachmentOf(Multipart parts) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
        }
        throw new AssertionError("No attachment");
    }
}
