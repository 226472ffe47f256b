package org.accord.portal.ui.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.accord.agreement.Agreements;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.portal.ui.milestone.MilestonesTab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** One initiative's page: what each person may do on it, and what each country may read. */
class InitiativeViewTest extends PortalBrowserlessTest {

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

    InitiativeStories stories;
    long initiative;

    @BeforeEach
    void initiativeLedByBersinAndLeadMx() {
        stories = new InitiativeStories(portfolio, agreements, referenceData, jdbc, users);
        initiative = stories.initiativeLedByBersin();
    }

    @Test
    @WithUserDetails("liaison.us")
    void liaisonReadsTheInitiativeWithoutEditUpdateOrCancel() {
        InitiativeView view = open(initiative);

        assertThat(view.overview.edit.isVisible()).isFalse();
        assertThat(view.overview.updateProgress.isVisible()).isFalse();
        assertThat(view.overview.cancel.isVisible()).isFalse();
        assertThat(view.leads().replacements).isEmpty();
        assertThat(view.notes().add.isAttached()).isFalse();
        assertThat(view.title.getText()).endsWith("Automated customs information exchange");
    }

    @Test
    @WithUserDetails("pm.us")
    void aTabIsMadeWhenItIsFirstSelected() {
        InitiativeView view = open(initiative);
        assertThat($(MilestonesTab.class).all()).as("not read before it is asked for").isEmpty();

        for (int index = 0; index < view.tabs.getTabCount(); index++) {
            if (view.tabs.getTabAt(index).getId().orElse("").equals("tab-milestones")) {
                test(view.tabs).select(index);
            }
        }

        assertThat($(MilestonesTab.class).all()).hasSize(1);
    }

    @Test
    @WithUserDetails("bersin")
    void leadChoosingAmberWithoutAReasonIsToldAtTheReasonField() {
        InitiativeView view = open(initiative);
        assertThat(view.overview.edit.isVisible()).isFalse();

        test(view.overview.updateProgress).click();
        ProgressDialog dialog = $(ProgressDialog.class).single();
        test(dialog.health).selectItem("Amber");
        test(dialog.save).click();

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Say why the health is amber or red.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select health from initiative where id = ?", String.class, initiative))
                .isEqualTo("GREEN");
    }

    @Test
    @WithUserDetails("bersin")
    void leadUpdatesProgressWithAReason() {
        InitiativeView view = open(initiative);

        test(view.overview.updateProgress).click();
        ProgressDialog dialog = $(ProgressDialog.class).single();
        test(dialog.status).selectItem("Active");
        test(dialog.health).selectItem("Red");
        test(dialog.reason).setValue("ISA connectivity tests failed twice");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.detail().health()).isEqualTo(Health.RED);
        assertThat(view.detail().status()).isEqualTo(InitiativeStatus.ACTIVE);
        assertThat(view.detail().healthReason()).isEqualTo("ISA connectivity tests failed twice");
    }

    @Test
    @WithUserDetails("lead.mx")
    void internalNoteOfTheUnitedStatesIsNotShownToMexico() {
        stories.signedIn.as("bersin", () -> portfolio.addNote(initiative, true, "US only: budget question pending"));
        stories.signedIn.as("pm.mx", () -> portfolio.addNote(initiative, false, "Capacitación en Nuevo Laredo"));

        InitiativeView view = open(initiative);
        showTab(view, 2);

        assertThat(test(view.tabs).isSelected(2)).isTrue();
        assertThat(test(view.tabs).getTab(2).getLabel()).isEqualTo("Notas");
        assertThat(noteBodies(view)).containsExactly("Capacitación en Nuevo Laredo");
    }

    @Test
    @WithUserDetails("liaison.us")
    void internalNoteOfTheUnitedStatesIsShownToItsOwnPeople() {
        stories.signedIn.as("bersin", () -> portfolio.addNote(initiative, true, "US only: budget question pending"));

        InitiativeView view = open(initiative);

        assertThat(noteBodies(view)).containsExactly("US only: budget question pending");
    }

    @Test
    @WithUserDetails("bersin")
    void leadAddsAnInternalNoteNewestFirst() {
        InitiativeView view = open(initiative);
        showTab(view, 2);

        test(view.notes().note).setValue("First: <b>not bold</b>");
        test(view.notes().add).click();
        roundTrip();
        test(view.notes().note).setValue("Second, internal");
        test(view.notes().internal).click();
        test(view.notes().add).click();

        assertThat(test(view.tabs).isSelected(2)).isTrue();
        assertThat(noteBodies(view)).containsExactly("Second, internal", "First: <b>not bold</b>");
    }

    @Test
    @WithUserDetails("pm.us")
    void progressSavedAfterSomeoneElsesChangeShowsTheConflictAndTheirVersion() {
        InitiativeView view = open(initiative);
        test(view.overview.updateProgress).click();
        ProgressDialog dialog = $(ProgressDialog.class).single();

        stories.signedIn.as("bersin", () -> portfolio.updateProgress(initiative, stories.version(initiative),
                InitiativeStatus.ACTIVE, Health.RED, "Connectivity tests failed"));
        test(dialog.status).selectItem("On hold");
        test(dialog.save).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("Someone else saved this record");
        assertThat(view.detail().health()).isEqualTo(Health.RED);
        assertThat(view.detail().status()).isEqualTo(InitiativeStatus.ACTIVE);
        assertThat(jdbc.queryForObject("select status from initiative where id = ?", String.class, initiative))
                .isEqualTo("ACTIVE");
    }

    @Test
    @WithUserDetails("pm.mx")
    void programManagerReassignsTheLeadOfOneCountryAndTheHistoryKeepsTheFormerLead() {
        InitiativeView view = open(initiative);
        showTab(view, 1);

        test(view.leads().replacements.get("US")).selectItem("David Aguilar (US · CBP)");
        test(view.leads().reassign.get("US")).click();

        assertThat(view.detail().leads().get("US").username()).isEqualTo("aguilar");
        assertThat(test(view.tabs).isSelected(1)).isTrue();
        assertThat(view.leads().periods.getListDataView().getItems().filter(period -> period.partyCode().equals("US"))
                .map(period -> period.leadName())).containsExactly("Alan Bersin", "David Aguilar");
    }

    @Test
    @WithUserDetails("pm.us")
    void cancellingAsksForAReasonAndKeepsTheInitiative() {
        InitiativeView view = open(initiative);

        test(view.overview.cancel).click();
        CancelInitiativeDialog dialog = $(CancelInitiativeDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Say why the initiative is cancelled.");

        test(dialog.reason).setValue("Merged into the C-TPAT/NEEC initiative");
        test(dialog.confirm).click();

        assertThat(view.detail().status()).isEqualTo(InitiativeStatus.CANCELLED);
        assertThat(view.overview.cancel.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("pm.us")
    void historyNamesTheChangedFieldsInTheUsersLanguage() {
        stories.signedIn.as("bersin", () -> portfolio.updateProgress(initiative, stories.version(initiative),
                InitiativeStatus.ACTIVE, Health.AMBER, "Waiting for the ISA"));
        stories.signedIn.as("pm.us", () -> portfolio.assignLead(initiative, stories.version(initiative), "US",
                stories.fixture.userId("aguilar")));

        InitiativeView view = open(initiative);
        showTab(view, 3);
        List<String> fields = view.history().lines.getListDataView().getItems()
                .map(line -> InitiativeTexts.field(line.field())).toList();
        var grid = test(view.history().lines);

        assertThat(fields).contains("Status", "Health", "Reason for the health", "Oversight lead (US)",
                "Oversight lead (MX)", "Title in Spanish");
        int status = fields.indexOf("Status");
        assertThat(grid.getCellText(status, grid.getColumnPosition("before"))).isEqualTo("Proposed");
        assertThat(grid.getCellText(status, grid.getColumnPosition("after"))).isEqualTo("Active");
        assertThat(grid.getCellText(status, grid.getColumnPosition("at"))).endsWith(" UTC");
        assertThat(InitiativeTexts.field("somethingNew.XX")).isEqualTo("somethingNew.XX");
    }

    @Test
    @WithUserDetails("liaison.us")
    void liaisonGetsNoHistoryTab() {
        InitiativeView view = open(initiative);

        assertThat(tabIds(view)).contains("tab-notes", "tab-milestones").doesNotContain("tab-history");
        assertThat(view.history()).isNull();
    }

    @Test
    @WithUserDetails("napolitano")
    void executiveGetsNoHistoryTab() {
        InitiativeView view = open(initiative);

        assertThat(tabIds(view)).contains("tab-overview").doesNotContain("tab-history");
    }

    @Test
    @WithUserDetails("bersin")
    void leadReadsTheHistoryOfTheInitiativeTheyLead() {
        InitiativeView view = open(initiative);

        assertThat(tabIds(view)).contains("tab-history");
        assertThat(view.history().lines.getListDataView().getItems().map(line -> line.field())).contains("code");
    }

    @Test
    @WithUserDetails("aguilar")
    void leadOfOtherInitiativesGetsNoHistoryTabHere() {
        InitiativeView view = open(initiative);

        assertThat(tabIds(view)).doesNotContain("tab-history");
    }

    @Test
    @WithUserDetails("pm.us")
    void unknownInitiativeLeadsBackToTheList() {
        navigate("initiatives/999999999", InitiativesView.class);

        assertThat(getCurrentView()).isInstanceOf(InitiativesView.class);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("This initiative does not exist.");
    }

    /** Opens the initiative's page; a tab's content is attached when the response goes to the browser. */
    private InitiativeView open(long id) {
        InitiativeView view = navigate(InitiativeView.class, id);
        roundTrip();
        return view;
    }

    private List<String> tabIds(InitiativeView view) {
        return java.util.stream.IntStream.range(0, view.tabs.getTabCount())
                .mapToObj(index -> view.tabs.getTabAt(index).getId().orElse("")).toList();
    }

    private void showTab(InitiativeView view, int index) {
        test(view.tabs).select(index);
        roundTrip();
    }

    private static List<String> noteBodies(InitiativeView view) {
        return view.notes().list.getChildren()
                .flatMap(note -> note.getChildren().filter(Paragraph.class::isInstance))
                .map(body -> ((Paragraph) body).getText()).toList();
    }
}
