package org.accord.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.LogLine;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.MilestoneStories;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Milestones of existing initiatives from a spreadsheet, matched by initiative code and English title. */
@PortalTest
@WithUserDetails("pm.us")
class MilestoneImportTest {

    static final List<String> HEADER = List.of("Initiative code", "Title (English)", "Title (Spanish)",
            "Delivered by", "Baseline", "Forecast", "Status", "Actual", "Weight", "Reason for the new baseline");
    static final LocalDate TODAY = MilestoneStories.TODAY;

    @Autowired
    SpreadsheetImport imports;
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

    MilestoneStories stories;
    String code;

    @BeforeEach
    void initiative() {
        stories = new MilestoneStories(new SignedIn(users), portfolio, plan, agreements, referenceData, jdbc);
        code = jdbc.queryForObject("select code from initiative where id = ?", String.class, stories.initiativeId);
    }

    @Test
    void newMilestonesAreAddedWithTheirProgressAndTheSameFileAgainChangesNothing() {
        byte[] file = file(row("Customs training", TODAY.plusDays(30)),
                row("Connectivity tests", TODAY.minusDays(60), "DONE", TODAY.minusDays(50)));

        ImportResult saved = imports.commit(ImportKind.MILESTONES, file);
        ImportResult again = imports.check(ImportKind.MILESTONES, file);

        assertThat(saved.saved()).isTrue();
        assertThat(milestones()).extracting(MilestoneRow::titleEn, MilestoneRow::status, MilestoneRow::actualDate)
                .containsExactly(tuple("Connectivity tests", MilestoneStatus.DONE, TODAY.minusDays(50)),
                        tuple("Customs training", MilestoneStatus.PLANNED, null));
        assertThat(again.rows()).extracting(PlannedRow::outcome).containsOnly(RowOutcome.UNCHANGED);
    }

    @Test
    void aNewBaselineNeedsAReasonAndIsARebaselineInTheLog() {
        imports.commit(ImportKind.MILESTONES, file(row("Customs training", TODAY.plusDays(30))));
        List<Object> moved = row("Customs training", TODAY.plusDays(60));

        ImportResult withoutReason = imports.check(ImportKind.MILESTONES, file(moved));
        moved.set(9, "Instructors' visas delayed");
        ImportResult saved = imports.commit(ImportKind.MILESTONES, file(moved));

        assertThat(withoutReason.problems()).extracting(ImportProblem::row, ImportProblem::cell,
                ImportProblem::messageKey).containsExactly(tuple(2, "J", "milestone.rebaseline.reason-required"));
        assertThat(saved.rows()).singleElement().extracting(PlannedRow::changedColumns)
                .isEqualTo(List.of("baselineDate"));
        MilestoneRow milestone = milestones().getFirst();
        assertThat(milestone.baselineDate()).isEqualTo(TODAY.plusDays(60));
        assertThat(plan.log(milestone.id())).extracting(LogLine::rebaselineReason)
                .contains("Instructors' visas delayed");
    }

    @Test
    void unknownInitiativeDuplicateTitleAndDateRulesAreReportedAtTheirCells() {
        List<Object> unknown = row("Elsewhere", TODAY);
        unknown.set(0, "NO-SUCH-INITIATIVE");
        List<Object> beforeStart = row("Too early", TODAY.minusYears(2));
        List<Object> doneWithoutDate = row("Done without date", TODAY, "DONE", null);
        List<Object> badSide = row("Nobody's", TODAY);
        badSide.set(3, "CANADA");

        ImportResult result = imports.commit(ImportKind.MILESTONES, file(unknown, row("Twice", TODAY),
                row("twice", TODAY), beforeStart, doneWithoutDate, badSide));

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::cell, ImportProblem::messageKey)
                .containsExactly(tuple(2, "A", "import.initiative.unknown"),
                        tuple(4, "B", "import.milestone.duplicate"),
                        tuple(5, "E", "milestone.date.before-start"),
                        tuple(6, "H", "milestone.actual.required"),
                        tuple(7, "D", "import.value.unknown"));
        assertThat(milestones()).isEmpty();
    }

    List<Object> row(String title, LocalDate baseline) {
        return row(title, baseline, "", null);
    }

    List<Object> row(String title, LocalDate baseline, String status, LocalDate actual) {
        var row = new ArrayList<Object>(List.of(code, title, title + " (es)", "JOINT", baseline, "", status, "", 1,
                ""));
        row.set(7, actual);
        return row;
    }

    @SafeVarargs
    final byte[] file(List<Object>... rows) {
        List<List<?>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(List.of(rows));
        return ImportFiles.xlsx(all);
    }

    List<MilestoneRow> milestones() {
        return plan.ofInitiative(stories.initiativeId).milestones();
    }
}
