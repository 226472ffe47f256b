package org.accord.portal.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.accord.agreement.Agreements;
import org.accord.importing.ImportFiles;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.portal.ui.initiative.InitiativesView;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The import dialog of the initiatives list: who sees it, the dry run's rows and problems, and the commit. */
class ImportDialogTest extends PortalBrowserlessTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
        long[] agreement = new SignedIn(users).as("pm.us",
                () -> new PortfolioFixture(agreements, referenceData, jdbc).agreementWithTwoCommitments());
        commitment = jdbc.queryForObject("select code from agreement where id = ?", String.class, agreement[0]) + ":1";
        prefix = PortfolioFixture.unique("UI-");
    }

    @Test
    @WithUserDetails("pm.us")
    void programManagerSeesProblemsAtTheirCellsThenImportsTheFixedFile() {
        ImportDialog dialog = open();
        List<Object> bad = row("-2");
        bad.set(4, "NOPE");

        test(dialog.upload).upload("initiatives.xlsx", XLSX, file(row("-1"), bad));

        assertThat(dialog.commit.isEnabled()).isFalse();
        assertThat(cells(dialog)).containsExactly("3 | E · Lead agency US | No agency has the code \"NOPE\".");
        assertThat(test(dialog.rows).size()).isEqualTo(2);
        assertThat(test(dialog.rows).getCellText(1, 3)).isEqualTo("New");

        test(dialog.upload).upload("initiatives.xlsx", XLSX, file(row("-1"), row("-2")));
        assertThat(dialog.summary.getText()).isEqualTo("Checked: 2 new, 0 changed, 0 unchanged.");
        assertThat(dialog.commit.getText()).isEqualTo("Import 2 rows");
        test(dialog.commit).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from initiative where code like ?", Long.class, prefix + "%"))
                .isEqualTo(2);
    }

    @Test
    @WithUserDetails("pm.mx")
    void problemsReadInTheUsersLanguageAndAFileThatIsNoSpreadsheetIsRefused() {
        ImportDialog dialog = open();
        List<Object> tooLong = row("-1");
        tooLong.set(2, "x".repeat(301));

        test(dialog.upload).upload("iniciativas.xlsx", XLSX, file(tooLong));
        assertThat(cells(dialog)).containsExactly(
                "2 | C · Título en español | Un título tiene como máximo 300 caracteres.");

        test(dialog.upload).upload("iniciativas.xlsx", XLSX, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        assertThat(cells(dialog)).containsExactly(
                " | Todo el archivo | Este archivo no es una hoja de cálculo. Suba un libro XLSX o un archivo CSV.");
        assertThat(dialog.commit.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("liaison.us")
    void liaisonHasNoImport() {
        navigate(InitiativesView.class);

        assertThat($(Button.class).withId("initiatives-import").exists()).isFalse();
    }

    private ImportDialog open() {
        navigate(InitiativesView.class);
        test($(Button.class).id("initiatives-import")).click();
        return $(ImportDialog.class).single();
    }

    private List<String> cells(ImportDialog dialog) {
        var grid = test(dialog.problems);
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, 0) + " | "
                + grid.getCellText(row, 1) + " | " + grid.getCellText(row, 2)).toList();
    }

    private List<Object> row(String suffix) {
        return new ArrayList<>(List.of(prefix + suffix, "Automated customs information exchange",
                "Intercambio automatizado de información aduanera", commitment, "CBP", "bersin", "ADUANAS",
                "lead.mx", LocalDate.of(2012, 5, 1)));
    }

    @SafeVarargs
    private byte[] file(List<Object>... rows) {
        List<List<?>> all = new ArrayList<>();
        all.add(List.of("Code", "Title in English", "Title in Spanish", "Commitments", "Lead agency US",
                "Oversight lead US", "Lead agency MX", "Oversight lead MX", "Start"));
        all.addAll(List.of(rows));
        return ImportFiles.xlsx(all);
    }
}
