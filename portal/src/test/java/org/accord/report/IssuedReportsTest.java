package org.accord.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.accord.PortalTest;
import org.accord.progress.PeriodView;
import org.accord.progress.ReportingPeriods;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Issuing bilateral reports on the real database: versions, supersession, verification, and nothing changes. */
@PortalTest
class IssuedReportsTest {

    @Autowired
    IssuedReports issued;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    IssuedReportFixture fixture;
    ReportScope scope;

    @BeforeEach
    void aScopeOfItsOwn() {
        signedIn = new SignedIn(userDetails);
        fixture = new IssuedReportFixture();
        scope = IssuedReportFixture.freshScope();
    }

    private IssuedReportView issue(ReportRequest request) {
        return signedIn.as("pm.us", () -> issued.issue(request, null, null, fixture.rendering()));
    }

    @Test
    void issuingStoresTheFileWithItsHashAndListsItForEveryReaderNewestFirst() {
        var request = IssuedReportFixture.range(scope, ReportLanguage.EN, ReportFormat.PDF);
        IssuedReportView report = issue(request);

        ReportIdentity identity = fixture.identities.getFirst();
        assertThat(fixture.renderedInTransaction).as("drawn outside the transaction").isFalse();
        assertThat(identity.identifier()).isEqualTo("ACR-20120101-20120331-AGR" + scope.id() + "-EN-PDF-1");
        assertThat(identity.version()).isEqualTo(1);
        assertThat(identity.verifyUrl()).endsWith("/reports/verify");
        assertThat(identity.issuedBy()).isEqualTo(report.issuedByName()).isNotEqualTo("pm.us");
        byte[] bytes = IssuedReportFixture.bytesFor(identity);
        assertThat(report.identifier()).isEqualTo(identity.identifier());
        assertThat(report.issuedAt()).isEqualTo(identity.issuedAt());
        assertThat(report.sha256()).isEqualTo(Sha256.hex(bytes));
        assertThat(report.dataSha256()).isEqualTo(IssuedReportFixture.dataSha256(identity.identifier()));
        assertThat(report.sizeBytes()).isEqualTo(bytes.length);
        assertThat(report.pages()).isEqualTo(3);
        assertThat(report.issuedBy()).isEqualTo("pm.us");
        assertThat(report.from()).isEqualTo(IssuedReportFixture.FROM);
        assertThat(report.to()).isEqualTo(IssuedReportFixture.TO);
        assertThat(report.scopeKind()).isEqualTo(ScopeKind.AGREEMENT);
        assertThat(report.scopeId()).isEqualTo(scope.id());
        assertThat(report.superseded()).isFalse();
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'REPORT_ISSUED' and target = ?"
                + " and actor = 'pm.us'", String.class, report.identifier())).isEqualTo("SHA-256 " + report.sha256());

        for (String reader : List.of("pm.mx", "admin.us", "bersin", "napolitano", "meade")) {
            List<IssuedReportView> firstPage = signedIn.as(reader, () -> issued.list(PageRequest.of(0, 5)));
            assertThat(firstPage).as(reader).first().extracting(IssuedReportView::id).isEqualTo(report.id());
            assertThat(signedIn.as(reader, () -> issued.count())).isGreaterThanOrEqualTo(1);
            IssuedFile file = signedIn.as(reader, () -> issued.download(report.id()));
            assertThat(file.content()).isEqualTo(bytes);
            assertThat(file.fileName()).isEqualTo(identity.identifier() + ".pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
        }
    }

    @Test
    void liaisonsDoNotReadIssuedReportsAndOnlyProgramManagersIssue() {
        IssuedReportView report = issue(IssuedReportFixture.range(scope, ReportLanguage.ES, ReportFormat.PDF));
        assertThatThrownBy(() -> signedIn.as("liaison.mx", () -> issued.list(PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> issued.download(report.id())))
                .isInstanceOf(AccessDeniedException.class);

        var other = IssuedReportFixture.range(IssuedReportFixture.freshScope(), ReportLanguage.EN, ReportFormat.PDF);
        for (String notAllowed : List.of("bersin", "napolitano", "liaison.us")) {
            assertThatThrownBy(() -> signedIn.as(notAllowed, () -> issued.issue(other, null, null,
                    fixture.rendering()))).as(notAllowed).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixture.identities).hasSize(1);
    }

    @Test
    void aPartysOwnReportIsNeverIssued() {
        var partyReport = new ReportRequest(null, IssuedReportFixture.FROM, IssuedReportFixture.TO, scope,
                ReportLanguage.EN, ReportFormat.PDF, "US");
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> issued.issue(partyReport, null, null,
                fixture.rendering())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("report.issue.party-report"));
        assertThat(fixture.identities).as("nothing drawn").isEmpty();
        assertThat(count(scope)).isZero();
    }

    @Test
    void reissuingMakesTheNextVersionThatNamesTheOneItSupersedesAndWhy() {
        var request = IssuedReportFixture.range(scope, ReportLanguage.EN, ReportFormat.XLSX);
        IssuedReportView first = issue(request);

        assertRefused(() -> issue(request), "supersedes", "report.issue.already-issued");
        assertRefused(() -> supersede(request, null, first.id()), "reason", "report.issue.reason-required");
        assertRefused(() -> supersede(request, "  typo    ", first.id()), "reason", "report.issue.reason-too-short");
        assertRefused(() -> supersede(request, "x".repeat(1001), first.id()), "reason", "report.issue.reason-too-long");
        assertThat(count(scope)).isEqualTo(1);

        IssuedReportView second = supersede(request, "  Corrected the SAT milestone dates  ", first.id());
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.identifier()).endsWith("-EN-XLSX-2");
        assertThat(second.supersedesId()).isEqualTo(first.id());
        assertThat(second.supersedesIdentifier()).isEqualTo(first.identifier());
        assertThat(second.reason()).isEqualTo("Corrected the SAT milestone dates");

        assertRefused(() -> supersede(request, "Superseding the superseded one", first.id()), "supersedes",
                "report.issue.already-superseded");
        IssuedReportView third = supersede(request, "Added the Q1 risks of Aduanas", second.id());
        assertThat(third.version()).isEqualTo(3);

        // Another language of the same period and scope is a report of its own, starting at version 1.
        IssuedReportView spanish = issue(IssuedReportFixture.range(scope, ReportLanguage.ES, ReportFormat.XLSX));
        assertThat(spanish.version()).isEqualTo(1);
        assertRefused(() -> supersede(IssuedReportFixture.range(scope, ReportLanguage.ES, ReportFormat.XLSX),
                "Wrong report named on purpose", third.id()), "supersedes", "report.issue.other-report");

        List<IssuedReportView> listed = signedIn.as("napolitano", () -> issued.list(PageRequest.of(0, 4)));
        assertThat(listed).extracting(IssuedReportView::id)
                .containsExactly(spanish.id(), third.id(), second.id(), first.id());
        assertThat(listed.get(2).supersededByIdentifier()).isEqualTo(third.identifier());
        assertThat(listed.get(3).supersededById()).isEqualTo(second.id());
        assertThat(listed.get(1).superseded()).isFalse();
    }

    @Test
    void aReportIssuedByAnotherManagerWhileThisOneWasDrawnWinsAndThisOneIsNotStored() {
        var request = IssuedReportFixture.range(scope, ReportLanguage.ES, ReportFormat.CSV);
        IssuedRendering meanwhile = identity -> {
            signedIn.as("pm.mx", () -> issued.issue(request, null, null, fixture.rendering()));
            return fixture.rendering().render(identity);
        };
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> issued.issue(request, null, null, meanwhile)))
                .isInstanceOf(EditConflictException.class);
        assertThat(count(scope)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select issued_by from issued_report where scope_id = ?", String.class,
                scope.id())).isEqualTo("pm.mx");
    }

    @Test
    void anIssuedFileIsRecognisedButOneChangedByteIsNot() {
        IssuedReportView first = issue(IssuedReportFixture.range(scope, ReportLanguage.SIDE_BY_SIDE,
                ReportFormat.PDF));
        IssuedReportView second = signedIn.as("pm.mx", () -> issued.issue(
                IssuedReportFixture.range(scope, ReportLanguage.SIDE_BY_SIDE, ReportFormat.PDF),
                "Spanish translation of two updates corrected", first.id(), fixture.rendering()));
        byte[] bytes = signedIn.as("meade", () -> issued.download(first.id())).content();

        Verification match = signedIn.as("meade", () -> issued.verify(new ByteArrayInputStream(bytes)));
        assertThat(match.issued()).isTrue();
        assertThat(match.report().identifier()).isEqualTo(first.identifier());
        assertThat(match.report().version()).isEqualTo(1);
        assertThat(match.report().issuedByName()).isEqualTo(first.issuedByName());
        assertThat(match.superseded()).isTrue();
        assertThat(match.current().id()).isEqualTo(second.id());
        assertThat(match.current().reason()).isEqualTo("Spanish translation of two updates corrected");
        assertThat(match.sha256()).isEqualTo(first.sha256());
        assertThat(match.sizeBytes()).isEqualTo(bytes.length);

        byte[] changed = bytes.clone();
        changed[changed.length / 2] ^= 1;
        Verification noMatch = signedIn.as("meade", () -> issued.verify(new ByteArrayInputStream(changed)));
        assertThat(noMatch.issued()).isFalse();
        assertThat(noMatch.sha256()).isEqualTo(Sha256.hex(changed));

        Verification current = signedIn.as("liaison.us", () -> issued.verify(
                new ByteArrayInputStream(signedIn.as("pm.us", () -> issued.download(second.id())).content())));
        assertThat(current.issued()).isTrue();
        assertThat(current.superseded()).isFalse();
        assertThat(current.report().reason()).isEqualTo("Spanish translation of two updates corrected");
    }

    @Test
    void theIdentifierOrTheDataHashPrintedInTheFooterNameTheIssuedReport() {
        IssuedReportView report = issue(IssuedReportFixture.range(scope, ReportLanguage.EN, ReportFormat.PDF));

        Verification byIdentifier = signedIn.as("wayne", () -> issued.verifyIdentifier(
                "  " + report.identifier().toLowerCase() + " "));
        assertThat(byIdentifier.report().id()).isEqualTo(report.id());
        Verification byData = signedIn.as("wayne", () -> issued.verifyData(report.dataSha256().toUpperCase()));
        assertThat(byData.report().id()).isEqualTo(report.id());
        Verification byFileHash = signedIn.as("wayne", () -> issued.verifyData(report.sha256()));
        assertThat(byFileHash.report().id()).isEqualTo(report.id());

        assertThat(signedIn.as("wayne", () -> issued.verifyIdentifier(report.identifier() + "0")).issued()).isFalse();
        assertThat(signedIn.as("wayne", () -> issued.verifyData("0".repeat(64))).issued()).isFalse();
        assertRefused(() -> signedIn.as("wayne", () -> issued.verifyData("abc123")), "hash",
                "report.verify.hash-pattern");
        assertRefused(() -> signedIn.as("wayne", () -> issued.verifyIdentifier("   ")), "identifier",
                "report.verify.identifier-required");
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedWithoutReadingItAll() {
        var endless = new InputStream() {
            long read;

            @Override
            public int read() {
                read++;
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                read += length;
                return length;
            }
        };
        assertRefused(() -> signedIn.as("napolitano", () -> issued.verify(endless)), "file",
                "report.verify.too-large");
        assertThat(endless.read).isLessThanOrEqualTo(IssuedReports.MAX_VERIFY_BYTES + 64 * 1024);
    }

    @Test
    void theLastIssuedFactsOfAScopeAreThoseOfItsCurrentVersionBeforeThePeriod() {
        PeriodView quarter = signedIn.as("pm.us", () -> periods.all()).stream()
                .filter(period -> period.code().equals("2012-Q2")).findFirst().orElseThrow();
        assertThat(signedIn.as("pm.us", () -> issued.lastIssuedFacts(scope.kind(), scope.id(), null))).isEmpty();

        signedIn.as("pm.us", () -> issued.issue(IssuedReportFixture.range(scope, ReportLanguage.EN, ReportFormat.PDF),
                null, null, fixture.rendering(IssuedReportFixture.facts("YELLOW"))));
        var inQuarter = ReportRequest.bilateral(quarter.id(), scope, ReportLanguage.EN, ReportFormat.PDF);
        IssuedReportView q2 = signedIn.as("pm.us", () -> issued.issue(inQuarter, null, null,
                fixture.rendering(IssuedReportFixture.facts("GREEN"))));
        assertThat(q2.identifier()).isEqualTo("ACR-2012-Q2-AGR" + scope.id() + "-EN-PDF-1");
        assertThat(q2.periodCode()).isEqualTo("2012-Q2");
        assertThat(q2.from()).isEqualTo(quarter.startDate());

        assertThat(signedIn.as("bersin", () -> issued.lastIssuedFacts(scope.kind(), scope.id(), quarter.id())))
                .hasValueSatisfying(facts -> {
                    assertThat(facts.initiatives()).extracting(InitiativeFact::health).containsExactly("YELLOW", "RED");
                    assertThat(facts.milestones()).hasSize(2);
                    assertThat(facts.risks()).singleElement().extracting(RiskFact::partyCode).isEqualTo("US");
                });
        assertThat(signedIn.as("bersin", () -> issued.lastIssuedFacts(scope.kind(), scope.id(), null)))
                .hasValueSatisfying(facts -> assertThat(facts.initiatives().getFirst().health()).isEqualTo("GREEN"));

        signedIn.as("pm.us", () -> issued.issue(inQuarter, "Health of initiative 11 corrected", q2.id(),
                fixture.rendering(IssuedReportFixture.facts("RED"))));
        assertThat(signedIn.as("bersin", () -> issued.lastIssuedFacts(scope.kind(), scope.id(), null)))
                .as("the superseded version no longer counts")
                .hasValueSatisfying(facts -> assertThat(facts.initiatives().getFirst().health()).isEqualTo("RED"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnIssuedReportOrWhatItSaid() {
        IssuedReportView report = issue(IssuedReportFixture.range(scope, ReportLanguage.EN, ReportFormat.CSV));
        long id = report.id();
        List<String> statements = List.of(
                "update issued_report set reason = 'changed' where id = ?",
                "update issued_report set sha256 = '0' where id = ?",
                "delete from issued_report where id = ?",
                "update issued_report_content set content = X'00' where issued_report_id = ?",
                "delete from issued_report_content where issued_report_id = ?",
                "update issued_report_initiative set health = 'GREEN' where issued_report_id = ?",
                "delete from issued_report_initiative where issued_report_id = ?",
                "update issued_report_milestone set done = false where issued_report_id = ?",
                "delete from issued_report_milestone where issued_report_id = ?",
                "update issued_report_risk set risks_sha256 = '0' where issued_report_id = ?",
                "delete from issued_report_risk where issued_report_id = ?");
        for (String statement : statements) {
            assertThatThrownBy(() -> jdbc.update(statement, id)).as(statement)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("issued reports never change");
        }
        assertThat(signedIn.as("pm.us", () -> issued.download(id)).content())
                .isEqualTo(IssuedReportFixture.bytesFor(fixture.identities.getFirst()));
        assertThat(jdbc.queryForObject("select reason from issued_report where id = ?", String.class, id)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from issued_report_initiative where issued_report_id = ?",
                Integer.class, id)).isEqualTo(2);
    }

    private IssuedReportView supersede(ReportRequest request, String reason, long supersedesId) {
        return signedIn.as("pm.us", () -> issued.issue(request, reason, supersedesId, fixture.rendering()));
    }

    private int count(ReportScope scope) {
        return jdbc.queryForObject("select count(*) from issued_report where scope_kind = ? and scope_id = ?",
                Integer.class, scope.kind().name(), scope.id());
    }

    private static void assertRefused(Runnable attempt, String field, String key) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }
}
