package org.accord.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.audit.HistoryLine;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.LeadPeriod;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Initiatives from a spreadsheet: the dry run, the problems at their cells, and a commit of all or nothing. */
@PortalTest
@WithUserDetails("pm.us")
class InitiativeImportTest {

    static final List<String> HEADER = List.of("Code", "Title in English", "Title in Spanish", "Commitments",
            "Lead agency US", "Oversight lead US", "Lead agency MX", "Oversight lead MX", "Status", "Health",
            "Reason for the health", "Priority", "Start", "Target end");

    @Autowired
    SpreadsheetImport imports;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    String commitment;
    String prefix;

    @BeforeEach
    void agreement() {
        long[] agreement = new PortfolioFixture(agreements, referenceData, jdbc).agreementWithTwoCommitments();
        commitment = jdbc.queryForObject("select code from agreement where id = ?", String.class, agreement[0]) + ":1";
        prefix = PortfolioFixture.unique("IMP-");
    }

    @Test
    void dryRunShowsTheRowsAsTheyWouldBeSavedAndSavesNothing() {
        byte[] file = file(row("-1"), row("-2"));

        ImportResult result = imports.check(ImportKind.INITIATIVES, file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(PlannedRow::row, PlannedRow::key, PlannedRow::outcome)
                .containsExactly(tuple(2, prefix + "-1", RowOutcome.NEW), tuple(3, prefix + "-2", RowOutcome.NEW));
        assertThat(result.mayCommit()).isTrue();
        assertThat(codes()).isZero();
    }

    @Test
    void commitSavesEveryRowAndTheSameFileAgainChangesNothing() {
        byte[] file = file(row("-1"), row("-2"));

        ImportResult saved = imports.commit(ImportKind.INITIATIVES, file);
        long versions = jdbc.queryForObject("select sum(version) from initiative where code like ?", Long.class,
                prefix + "%");
        ImportResult again = imports.commit(ImportKind.INITIATIVES, file);

        assertThat(saved.saved()).isTrue();
        assertThat(codes()).isEqualTo(2);
        var detail = portfolio.detail(portfolio.idOf(prefix + "-1").orElseThrow());
        assertThat(detail.leads().get("US").username()).isEqualTo("bersin");
        assertThat(detail.leadAgencies()).containsEntry("US", "CBP").containsEntry("MX", "ADUANAS");
        assertThat(detail.startDate()).isEqualTo(LocalDate.of(2012, 5, 1));
        assertThat(again.rows()).extracting(PlannedRow::outcome).containsOnly(RowOutcome.UNCHANGED);
        assertThat(again.mayCommit()).isFalse();
        assertThat(jdbc.queryForObject("select sum(version) from initiative where code like ?", Long.class,
                prefix + "%")).isEqualTo(versions);
    }

    @Test
    void changedRowIsSavedThroughThePortfolioWithItsHistoryAndLeadPeriods() {
        imports.commit(ImportKind.INITIATIVES, file(row("-1")));
        List<Object> changed = row("-1");
        changed.set(1, "Automated exchange, phase two");
        changed.set(5, "aguilar");

        ImportResult dryRun = imports.check(ImportKind.INITIATIVES, file(changed));
        imports.commit(ImportKind.INITIATIVES, file(changed));

        assertThat(dryRun.rows()).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(RowOutcome.CHANGED);
            assertThat(row.changedColumns()).containsExactlyInAnyOrder("titleEn", "lead.US");
        });
        long id = portfolio.idOf(prefix + "-1").orElseThrow();
        assertThat(portfolio.history(id)).extracting(HistoryLine::field).contains("titleEn", "lead.US");
        assertThat(portfolio.leadHistory(id)).filteredOn(period -> period.partyCode().equals("US"))
                .extracting(LeadPeriod::leadName, LeadPeriod::isCurrent)
                .containsExactly(tuple("Alan Bersin", false), tuple("David Aguilar", true));
    }

    @Test
    void everyProblemIsReportedAtItsRowAndColumn() {
        List<Object> unknownAgency = row("-1");
        unknownAgency.set(4, "NOPE");
        List<Object> notALead = row("-2");
        notALead.set(5, "liaison.us");
        List<Object> datesReversed = row("-3");
        datesReversed.set(13, LocalDate.of(2012, 1, 1));
        List<Object> duplicate = row("-1");
        List<Object> missingTitle = row("-5");
        missingTitle.set(2, " ");
        List<Object> badDate = row("-6");
        badDate.set(12, "31/05/2012");
        List<Object> badStatus = row("-7");
        badStatus.set(8, "SLEEPING");
        List<Object> tooLong = row("-8");
        tooLong.set(1, "x".repeat(301));
        List<Object> unknownCommitment = row("-9");
        unknownCommitment.set(3, "NO-SUCH:7");
        List<Object> amberWithoutReason = row("-10");
        amberWithoutReason.set(9, "amber");

        ImportResult result = imports.check(ImportKind.INITIATIVES, file(unknownAgency, notALead, datesReversed,
                duplicate, missingTitle, badDate, badStatus, tooLong, unknownCommitment, amberWithoutReason));

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::cell, ImportProblem::messageKey)
                .containsExactly(
                        tuple(2, "E", "import.agency.unknown"),
                        tuple(3, "F", "initiative.lead.not-eligible"),
                        tuple(4, "N", "initiative.dates.order"),
                        tuple(5, "A", "import.code.duplicate"),
                        tuple(6, "C", "title.required"),
                        tuple(7, "M", "import.date.invalid"),
                        tuple(8, "I", "import.value.unknown"),
                        tuple(9, "B", "title.too-long"),
                        tuple(10, "D", "import.commitment.unknown"),
                        tuple(11, "K", "initiative.reason.required"));
        assertThat(result.problems().get(3).args()).containsExactly("2");
        assertThat(result.problems().get(6).args()).containsExactly("SLEEPING",
                "PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED");
        assertThat(result.problems().get(0).column().header(org.accord.people.Language.ES))
                .isEqualTo("Dependencia líder US");
        assertThat(result.mayCommit()).isFalse();
    }

    @Test
    void oneRefusedRowAndNothingIsSaved() {
        List<Object> bad = row("-3");
        bad.set(7, "bersin");

        ImportResult result = imports.commit(ImportKind.INITIATIVES, file(row("-1"), row("-2"), bad));

        assertThat(result.saved()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::cell)
                .containsExactly(tuple(4, "H"));
        assertThat(codes()).isZero();
    }

    @Test
    void aLeadOrAgencyOfTheOtherPartyIsRefusedInAPartysColumns() {
        List<Object> mexicanAgencyForUs = row("-1");
        mexicanAgencyForUs.set(4, "SHCP");
        List<Object> usLeadForMexico = row("-2");
        usLeadForMexico.set(7, "bersin");

        ImportResult result = imports.check(ImportKind.INITIATIVES, file(mexicanAgencyForUs, usLeadForMexico));

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::cell, ImportProblem::messageKey)
                .containsExactly(tuple(2, "E", "user.agency.other-party"),
                        tuple(3, "H", "initiative.lead.not-eligible"));
    }

    @Test
    void spanishHeadersAndACsvWithSemicolonsAreReadAlike() {
        String csv = "Clave;Título en inglés;Título en español;Compromisos;Dependencia líder US;"
                + "Responsable de supervisión US;Dependencia líder MX;Responsable de supervisión MX;Inicio\n"
                + prefix + "-1;Exchange;Intercambio;" + commitment + ";CBP;bersin;ADUANAS;lead.mx;2012-05-01\n"
                + prefix + "-2;=1+1 is text;-5 es texto;" + commitment + ";CBP;bersin;ADUANAS;lead.mx;\n";

        ImportResult result = imports.commit(ImportKind.INITIATIVES, ImportFiles.csv(csv));

        assertThat(result.problems()).isEmpty();
        var detail = portfolio.detail(portfolio.idOf(prefix + "-2").orElseThrow());
        assertThat(detail.titleEn()).isEqualTo("=1+1 is text");
        assertThat(detail.titleEs()).isEqualTo("-5 es texto");
    }

    @Test
    void onlyAdministratorsAndProgramManagersImport() {
        var signedIn = new SignedIn(users);
        byte[] file = file(row("-1"));
        for (String someone : new String[] {"liaison.us", "bersin", "napolitano"}) {
            assertThatThrownBy(() -> signedIn.as(someone, () -> imports.check(ImportKind.INITIATIVES, file)))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(someone, () -> imports.commit(ImportKind.INITIATIVES, file)))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(signedIn.as("pm.mx", () -> imports.commit(ImportKind.INITIATIVES, file)).saved()).isTrue();
        assertThat(codes()).isEqualTo(1);
    }

    @Test
    void templatesHaveTheHeadersOfEitherLanguageAndReadBackEmpty() {
        byte[] english = imports.template(ImportKind.INITIATIVES, org.accord.people.Language.EN);
        byte[] spanish = imports.template(ImportKind.INITIATIVES, org.accord.people.Language.ES);

        ImportResult fromEnglish = imports.check(ImportKind.INITIATIVES, english);
        ImportResult fromSpanish = imports.check(ImportKind.INITIATIVES, spanish);

        assertThat(fromEnglish.problems()).isEmpty();
        assertThat(fromSpanish.problems()).isEmpty();
        assertThat(fromSpanish.rows()).isEmpty();
    }

    List<Object> row(String suffix) {
        return new ArrayList<>(List.of(prefix + suffix, "Automated customs information exchange",
                "Intercambio automatizado de información aduanera", commitment, "CBP", "bersin", "ADUANAS",
                "lead.mx", "ACTIVE", "GREEN", "", "HIGH", LocalDate.of(2012, 5, 1), LocalDate.of(2013, 5, 1)));
    }

    @SafeVarargs
    final byte[] file(List<Object>... rows) {
        List<List<?>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(List.of(rows));
        return ImportFiles.xlsx(all);
    }

    long codes() {
        return jdbc.queryForObject("select count(*) from initiative where code like ?", Long.class, prefix + "%");
    }
}
