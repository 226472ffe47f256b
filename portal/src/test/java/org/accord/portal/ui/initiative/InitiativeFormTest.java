package org.accord.portal.ui.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreements;
import org.accord.agreement.CommitmentRef;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeRow;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.Agency;
import org.accord.people.Directory;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.AccessDeniedView;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A program manager creates and edits initiatives through the form; refusals are shown at their fields. */
@WithUserDetails("pm.us")
class InitiativeFormTest extends PortalBrowserlessTest {

    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    InitiativeStories stories;
    CommitmentRef commitment;

    @BeforeEach
    void agreementWithCommitments() {
        stories = new InitiativeStories(portfolio, agreements, referenceData, jdbc, users);
        long[] agreement = stories.agreement();
        commitment = agreements.commitments(List.of(agreement[1])).getFirst();
    }

    @Test
    void programManagerCreatesAnInitiativeWithBothLeadsAndFindsItInTheList() {
        InitiativesView list = navigate(InitiativesView.class);
        test(list.newInitiative).click();
        InitiativeForm form = ((InitiativeEditView) getCurrentView()).form;
        String code = PortfolioFixture.unique("UI-");

        fill(form, code, "Automated customs information exchange");
        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(InitiativeView.class);
        assertThat(stories.initiativesWithCode(code)).isEqualTo(1);
        UI.getCurrent().navigate(InitiativesView.class, QueryParameters.simple(Map.of("q", code)));
        InitiativesView found = (InitiativesView) getCurrentView();
        assertThat(test(found.grid).size()).isEqualTo(1);
        InitiativeRow row = test(found.grid).getRow(0);
        assertThat(row.titleEs()).isEqualTo("Intercambio automatizado de información aduanera");
        assertThat(row.leadAgencies()).containsEntry("US", "CBP").containsEntry("MX", "ADUANAS");
        assertThat(row.leads()).containsEntry("US", "Alan Bersin").containsEntry("MX", "Coordinación de Aduanas");
    }

    @Test
    void blankTitleAndEndBeforeStartAreShownAtTheirFieldsAndNothingIsSaved() {
        InitiativeForm form = navigate(InitiativeEditView.class).form;
        String code = PortfolioFixture.unique("UI-");

        fill(form, code, "");
        test(form.startDate).setValue(LocalDate.of(2012, 6, 1));
        test(form.targetEndDate).setValue(LocalDate.of(2012, 3, 1));
        test(form.save).click();

        assertThat(form.titleEn.isInvalid()).isTrue();
        assertThat(form.titleEn.getErrorMessage()).isEqualTo("Enter a title.");
        assertThat(form.targetEndDate.isInvalid()).isTrue();
        assertThat(form.targetEndDate.getErrorMessage()).isEqualTo("The target end cannot be before the start.");
        assertThat(getCurrentView()).isInstanceOf(InitiativeEditView.class);
        assertThat(stories.initiativesWithCode(code)).isZero();
    }

    @Test
    void overLongTitleAndDescriptionSayTheirLimitAtTheField() {
        InitiativeForm form = navigate(InitiativeEditView.class).form;
        String code = PortfolioFixture.unique("UI-");
        fill(form, code, "Trusted shipper mutual recognition");

        form.titleEn.setValue("t".repeat(301));
        form.descriptionEn.setValue("d".repeat(4001));
        test(form.save).click();

        assertThat(form.titleEn.isInvalid()).isTrue();
        assertThat(form.titleEn.getErrorMessage()).isEqualTo("At most 300 characters.");
        assertThat(form.descriptionEn.isInvalid()).isTrue();
        assertThat(form.descriptionEn.getErrorMessage()).isEqualTo("At most 4000 characters.");
        assertThat(stories.initiativesWithCode(code)).isZero();
    }

    @Test
    @WithUserDetails("pm.mx")
    void overLongTitleSaysItsLimitInSpanish() {
        InitiativeForm form = navigate(InitiativeEditView.class).form;

        form.titleEs.setValue("t".repeat(301));
        test(form.save).click();

        assertThat(form.titleEs.getErrorMessage()).isEqualTo("Como máximo 300 caracteres.");
    }

    @Test
    void nulInATitleIsRefusedWithAMessageAtTheField() {
        InitiativeForm form = navigate(InitiativeEditView.class).form;
        String code = PortfolioFixture.unique("UI-");
        fill(form, code, "Trusted shipper\u0000 mutual recognition");

        test(form.save).click();

        assertThat(form.titleEn.isInvalid()).isTrue();
        assertThat(form.titleEn.getErrorMessage()).startsWith("Remove the control characters");
        assertThat(stories.initiativesWithCode(code)).isZero();
    }

    @Test
    void leadOfTheOtherCountryIsRefusedAtThatCountrysLeadField() {
        InitiativeForm form = navigate(InitiativeEditView.class).form;
        String code = PortfolioFixture.unique("UI-");
        fill(form, code, "Trusted shipper mutual recognition");

        form.leads.get("US").setValue(directory.find(stories.fixture.userId("lead.mx")).orElseThrow());
        test(form.save).click();

        assertThat(form.leads.get("US").isInvalid()).isTrue();
        assertThat(form.leads.get("US").getErrorMessage())
                .isEqualTo("The lead must be an active oversight lead of this country.");
        assertThat(form.leads.get("MX").isInvalid()).isFalse();
        assertThat(stories.initiativesWithCode(code)).isZero();
    }

    @Test
    void takenCodeIsShownAtTheCodeField() {
        var existing = stories.draft(commitment.id());
        stories.save(existing);
        InitiativeForm form = navigate(InitiativeEditView.class).form;

        fill(form, existing.getCode(), "Same code again");
        test(form.save).click();

        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("Another initiative already has this code.");
        assertThat(stories.initiativesWithCode(existing.getCode())).isEqualTo(1);
    }

    @Test
    void leadChoicesAreTheOversightLeadsOfThatCountry() {
        InitiativeForm form = navigate(InitiativeEditView.class).form;

        assertThat(test(form.leads.get("MX")).getSuggestionItems()).extracting(person -> person.username())
                .contains("lead.mx", "lead.inm").doesNotContain("bersin", "liaison.mx", "pm.mx");
        assertThat(test(form.leadAgencies.get("US")).getSuggestionItems()).extracting(agency -> agency.getCode())
                .contains("CBP", "ICE").doesNotContain("ADUANAS");
    }

    @Test
    void secondProgramManagerSavingTheSameInitiativeGetsAConflictMessage() {
        long id = stories.save(stories.draft(commitment.id()));
        InitiativeEditView view = navigate(InitiativeEditView.class, id);

        var meanwhile = portfolio.edit(id);
        meanwhile.setTitleEn("Saved by the other program manager");
        portfolio.save(meanwhile);
        test(view.form.titleEn).setValue("Changed in the form");
        test(view.form.save).click();

        assertThat(test($(Notification.class).last()).getText())
                .startsWith("Someone else saved this record");
        assertThat(view.form.titleEn.getValue()).isEqualTo("Saved by the other program manager");
        assertThat(getCurrentView()).isInstanceOf(InitiativeEditView.class);
    }

    @Test
    @WithUserDetails("pm.mx")
    void formSpeaksTheProgramManagersLanguage() {
        InitiativeForm form = navigate(InitiativeEditView.class).form;

        test(form.save).click();

        assertThat(form.titleEs.getLabel()).isEqualTo("Título en español");
        assertThat(form.titleEs.getErrorMessage()).isEqualTo("Escriba un título.");
        assertThat(form.leads.get("MX").getErrorMessage()).isEqualTo("Elija al responsable de supervisión de este país.");
        assertThat(form.startDate.getI18n().getMonthNames().getFirst()).isEqualTo("enero");
    }

    @Test
    @WithUserDetails("liaison.mx")
    void liaisonCannotOpenTheForm() {
        navigate("initiatives/edit", AccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private void fill(InitiativeForm form, String code, String titleEn) {
        test(form.code).setValue(code);
        test(form.titleEn).setValue(titleEn);
        test(form.titleEs).setValue("Intercambio automatizado de información aduanera");
        test(form.descriptionEn).setValue("Exchange of advance cargo data between CBP and SAT <script>alert(1)</script>");
        test(form.commitments).selectItem(commitment.label(Language.EN));
        chooseAgency(form.leadAgencies.get("US"), "CBP");
        chooseAgency(form.leadAgencies.get("MX"), "ADUANAS");
        test(form.leads.get("US")).selectItem("Alan Bersin (US · DHS-OIA)");
        test(form.leads.get("MX")).selectItem("Coordinación de Aduanas (MX · ADUANAS)");
    }

    private void chooseAgency(ComboBox<Agency> agency, String code) {
        test(agency).selectItem(test(agency).getSuggestions().stream()
                .filter(label -> label.startsWith(code + " · ")).findFirst().orElseThrow());
    }
}
