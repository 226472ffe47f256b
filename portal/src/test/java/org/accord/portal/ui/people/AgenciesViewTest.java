package org.accord.portal.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accord.people.Agency;
import org.accord.people.AgencyAdministration;
import org.accord.people.AgencyRow;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Administration → Agencies: the form, its refusals at the fields, and what deactivating takes out of choices. */
@WithUserDetails("admin.us")
class AgenciesViewTest extends PortalBrowserlessTest {

    @Autowired
    AgencyAdministration agencies;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorCreatesAnAgencyUnderAParentThroughTheForm() {
        AgenciesView view = navigate(AgenciesView.class);
        String code = unique();

        fillNew(view, code, "Office of Field Operations", "Oficina de Operaciones de Campo");
        test(view.form.parent).selectItem("CBP · U.S. Customs and Border Protection");
        test(view.form.save).click();

        assertThat(jdbc.queryForObject("select p.code from agency a join agency p on p.id = a.parent_id"
                + " where a.code = ?", String.class, code)).isEqualTo("CBP");
        assertThat(rows(view)).extracting(AgencyRow::code).contains(code);
        assertThat(view.form.code.isReadOnly()).as("the code is chosen once").isTrue();
        assertThat(test(view.form.history).size()).isEqualTo(4);
    }

    @Test
    void aBlankNameIsShownAtTheFieldAndNothingIsSaved() {
        AgenciesView view = navigate(AgenciesView.class);
        String code = unique();

        fillNew(view, code, "Office", "  ");
        test(view.form.save).click();

        assertThat(view.form.nameEs.isInvalid()).isTrue();
        assertThat(view.form.nameEs.getErrorMessage()).isEqualTo("Enter the name in Spanish.");
        assertThat(jdbc.queryForObject("select count(*) from agency where code = ?", Long.class, code)).isZero();
    }

    @Test
    void aCodeTakenIsShownAtTheCodeAndNothingIsSaved() {
        AgenciesView view = navigate(AgenciesView.class);
        long before = jdbc.queryForObject("select count(*) from agency", Long.class);

        fillNew(view, "cbp", "Customs again", "Aduanas otra vez");
        test(view.form.save).click();

        assertThat(view.form.code.isInvalid()).isTrue();
        assertThat(view.form.code.getErrorMessage()).isEqualTo("Another agency has this code.");
        assertThat(jdbc.queryForObject("select count(*) from agency", Long.class)).isEqualTo(before);
    }

    @Test
    void anAgencyOfTheOtherCountryIsShownToReadOnly() {
        AgenciesView view = navigate(AgenciesView.class);
        AgencyRow shcp = rows(view).stream().filter(row -> row.code().equals("SHCP")).findFirst().orElseThrow();

        test(view.grid).select(rows(view).indexOf(shcp));

        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.toggleActive.isVisible()).isFalse();
        assertThat(view.form.nameEn.isReadOnly()).isTrue();
        assertThat(view.form.party.getText()).contains("MX");
    }

    @Test
    void aDeactivatedAgencyLeavesTheListAndTheUserFormUntilInactiveOnesAreShown() {
        AgenciesView view = navigate(AgenciesView.class);
        String code = unique();
        fillNew(view, code, "Short-lived office", "Oficina efímera");
        test(view.form.save).click();

        test(view.form.toggleActive).click();

        assertThat(rows(view)).extracting(AgencyRow::code).doesNotContain(code);
        test(view.withInactive).click();
        assertThat(rows(view)).filteredOn(row -> row.code().equals(code)).extracting(AgencyRow::active)
                .containsExactly(false);

        UsersView users = navigate(UsersView.class);
        test(users.newUser).click();
        assertThat(test(users.form.agency).getSuggestionItems()).extracting(Agency::getCode)
                .contains("CBP").doesNotContain(code);
    }

    private void fillNew(AgenciesView view, String code, String nameEn, String nameEs) {
        test(view.newAgency).click();
        test(view.form.code).setValue(code);
        test(view.form.nameEn).setValue(nameEn);
        test(view.form.nameEs).setValue(nameEs);
    }

    private List<AgencyRow> rows(AgenciesView view) {
        return view.grid.getListDataView().getItems().toList();
    }

    private static String unique() {
        return "T-" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(4);
    }
}
