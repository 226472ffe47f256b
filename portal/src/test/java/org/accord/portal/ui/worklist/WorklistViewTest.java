package org.accord.portal.ui.worklist;

import static org.accord.portal.ui.worklist.WorklistFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.OwnerSide;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.people.UserAdministration;
import org.accord.portal.ui.AccessDeniedView;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.portal.ui.initiative.InitiativeView;
import org.accord.portal.ui.milestone.MilestonesView;
import org.accord.portal.ui.progress.MyUpdatesView;
import org.accord.portal.ui.task.TaskView;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.accord.worklist.LeadWorklist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 11: the oversight lead's worklist page, its four lists linked to where the work is done. */
class WorklistViewTest extends PortalBrowserlessTest {

    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan plan;
    @Autowired
    Tasks tasks;
    @Autowired
    ProgressUpdates updates;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    UserAdministration users;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    LeadWorklist worklist;

    SignedIn signedIn;
    WorklistFixture fixture;

    @BeforeEach
    void fixture() {
        signedIn = new SignedIn(userDetails);
        fixture = new WorklistFixture(signedIn, portfolio, plan, tasks, updates, periods, users, agreements,
                referenceData, jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithUserDetails("bersin")
    void bersinSeesHisInitiativeWithItsHealthInWordsAndItsNextMilestone() {
        long initiative = fixture.amberInitiative("bersin");
        fixture.milestone(initiative, "Scanners installed", OwnerSide.US, 12);
        fixture.milestone(initiative, "Joint audit", OwnerSide.JOINT, 45);

        WorklistView view = navigate(WorklistView.class);
        ListItem row = row(view.initiatives, "worklist-initiative-" + initiative);

        assertThat(texts(row)).containsExactly(fixture.code(initiative) + " · Automated customs information exchange",
                "Amber", "Active", "Next milestone: Scanners installed, " + english(TODAY.plusDays(12)));
        assertThat(row.getChildren().filter(child -> "AMBER".equals(child.getElement().getAttribute("data-health"))))
                .hasSize(1);

        test(link(row)).click();
        assertThat(getCurrentView()).isInstanceOf(InitiativeView.class);
        assertThat(location()).isEqualTo("initiatives/" + initiative);
    }

    @Test
    void leadSeesTheMilestoneDueInTenDaysButNotTheOneInFortyTheReturnedUpdateAndTheOverdueTask() {
        String lead = fixture.newLead(Language.EN);
        long initiative = fixture.amberInitiative(lead);
        long soon = fixture.milestone(initiative, "Customs pilot", OwnerSide.JOINT, 10);
        long later = fixture.milestone(initiative, "Port audit", OwnerSide.MX, 40);
        long period = fixture.returnedUpdate(lead, initiative, "Add the pilot dates");
        long task = fixture.overdueTask(lead, initiative, "Send the manifests", "liaison.us", 3);
        signIn(lead);

        WorklistView view = navigate(WorklistView.class);

        assertThat(view.initiatives.count.getText()).isEqualTo("You lead 1 initiative");
        assertThat(texts(row(view.initiatives, "worklist-initiative-" + initiative))).last()
                .isEqualTo("Next milestone: Customs pilot, " + english(TODAY.plusDays(10)));
        assertThat(view.milestones.heading.getText()).isEqualTo("Milestones due in the next 30 days");
        assertThat(view.milestones.count.getText()).isEqualTo("1 milestone due in the next 30 days");
        assertThat(view.milestones.empty.isVisible()).isFalse();
        assertThat(texts(row(view.milestones, "worklist-milestone-" + soon))).containsExactly("Customs pilot",
                fixture.code(initiative), "Due " + english(TODAY.plusDays(10)), "in 10 days", "Joint");
        assertThat(rowIds(view.milestones)).doesNotContain("worklist-milestone-" + later);
        assertThat(view.milestones.getChildren().filter(RouterLink.class::isInstance)).isEmpty();

        ListItem update = row(view.updates, "worklist-update-" + period + "-" + initiative);
        assertThat(rowIds(view.updates).getFirst()).isEqualTo(update.getId().orElseThrow());
        assertThat(texts(update)).containsExactly(
                fixture.code(initiative) + " · Automated customs information exchange", periodCode(period),
                "Returned", "Review comment: Add the pilot dates");
        // Every open period of other tests asks this lead for an update too: the count says how many in all.
        long updatesTotal = signedIn.as(lead, () -> worklist.mine()).updatesToWrite().total();
        assertThat(view.updates.count.getText()).isEqualTo(updatesTotal == 1 ? "1 update to write or returned to you"
                : updatesTotal > LeadWorklist.CAP
                ? "Showing " + LeadWorklist.CAP + " of " + updatesTotal + " updates to write or returned to you"
                : updatesTotal + " updates to write or returned to you");

        assertThat(view.tasks.count.getText()).isEqualTo("1 overdue task you assigned");
        assertThat(texts(row(view.tasks, "worklist-task-" + task))).containsExactly("Send the manifests",
                fixture.code(initiative), "Assigned to " + fixture.displayName("liaison.us"),
                "Due " + english(TODAY.minusDays(3)), "3 days overdue");
    }

    @Test
    void eachRowLeadsToWhereTheWorkIsDone() {
        String lead = fixture.newLead(Language.EN);
        long initiative = fixture.amberInitiative(lead);
        long soon = fixture.milestone(initiative, "Customs pilot", OwnerSide.US, 10);
        long period = fixture.returnedUpdate(lead, initiative, "Add the pilot dates");
        long task = fixture.overdueTask(lead, initiative, "Send the manifests", "liaison.us", 2);
        signIn(lead);

        WorklistView view = navigate(WorklistView.class);
        test(link(row(view.milestones, "worklist-milestone-" + soon))).click();
        assertThat(getCurrentView()).isInstanceOf(InitiativeView.class);
        assertThat(location()).isEqualTo("initiatives/" + initiative);

        view = navigate(WorklistView.class);
        test(link(row(view.updates, "worklist-update-" + period + "-" + initiative))).click();
        assertThat(getCurrentView()).isInstanceOf(MyUpdatesView.class);
        assertThat(path()).isEqualTo("updates");
        assertThat(parameters()).isEqualTo(Map.of("period", List.of(String.valueOf(period)),
                "initiative", List.of(String.valueOf(initiative))));
        assertThat($(Paragraph.class).id("update-return-comment").getText()).as("the update is open to write")
                .contains("Add the pilot dates");
        assertThat($(Button.class).id("update-submit").isVisible()).isTrue();

        view = navigate(WorklistView.class);
        test(link(row(view.tasks, "worklist-task-" + task))).click();
        assertThat(getCurrentView()).isInstanceOf(TaskView.class);
        assertThat(location()).isEqualTo("tasks/" + task);
    }

    @Test
    void aLeadWithNothingToDoSeesWhyEachListIsEmpty() {
        signIn(fixture.newLead(Language.EN));

        WorklistView view = navigate(WorklistView.class);

        for (WorklistSection section : List.of(view.initiatives, view.milestones, view.updates, view.tasks)) {
            assertThat(section.empty.isVisible()).as(section.getId().orElseThrow()).isTrue();
            assertThat(section.count.isVisible()).isFalse();
            assertThat(section.list.getChildren()).isEmpty();
        }
        assertThat(view.initiatives.empty.getText()).isEqualTo("You lead no initiative at the moment.");
        assertThat(view.milestones.empty.getText())
                .isEqualTo("No milestone of your initiatives is due in the next 30 days.");
        assertThat(view.updates.empty.getText()).isEqualTo("No progress update is waiting for you.");
        assertThat(view.tasks.empty.getText()).isEqualTo("None of the tasks you assigned is overdue.");
        assertThat(view.milestones.getElement().getAttribute("aria-labelledby"))
                .isEqualTo("worklist-milestones-heading");
    }

    @Test
    void aCutListSaysHowManyThereAreAndLinksToTheMilestonesListOfTheSameRows() {
        String lead = fixture.newLead(Language.EN);
        long initiative = fixture.amberInitiative(lead);
        for (int i = 0; i <= LeadWorklist.CAP; i++) {
            fixture.milestone(initiative, "Checkpoint " + i, OwnerSide.US, 1 + i % 29);
        }
        fixture.milestone(initiative, "Beyond the window", OwnerSide.US, 31);
        signIn(lead);

        WorklistView view = navigate(WorklistView.class);

        int all = LeadWorklist.CAP + 1;
        assertThat(view.milestones.count.getText())
                .isEqualTo("Showing " + LeadWorklist.CAP + " of " + all + " milestones due in the next 30 days");
        assertThat(view.milestones.list.getChildren()).hasSize(LeadWorklist.CAP);
        RouterLink more = (RouterLink) view.milestones.getChildren()
                .filter(child -> child.getId().equals(Optional.of("worklist-milestones-more")))
                .findFirst().orElseThrow();
        assertThat(more.getText()).isEqualTo("All " + all + " in the milestones list");

        test(more).click();
        assertThat(getCurrentView()).isInstanceOf(MilestonesView.class);
        assertThat(path()).isEqualTo("milestones");
        assertThat(parameters()).isEqualTo(Map.of("due", List.of("30"), "initiative",
                List.of(String.valueOf(initiative))));
        assertThat(test($(Grid.class).id("milestones-list")).size()).isEqualTo(all);
    }

    @Test
    void aSpanishSpeakingLeadReadsTheWorklistInSpanish() {
        String lead = fixture.newLead(Language.ES);
        long initiative = fixture.amberInitiative(lead);
        long soon = fixture.milestone(initiative, "Customs pilot", OwnerSide.MX, 1);
        signIn(lead);

        WorklistView view = navigate(WorklistView.class);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("es");
        assertThat(view.milestones.heading.getText()).isEqualTo("Hitos que vencen en los próximos 30 días");
        assertThat(view.milestones.count.getText()).isEqualTo("1 hito vence en los próximos 30 días");
        assertThat(texts(row(view.milestones, "worklist-milestone-" + soon))).containsExactly("Customs pilot (es)",
                fixture.code(initiative), "Vence el " + spanish(TODAY.plusDays(1)), "mañana", "México");
        assertThat(texts(row(view.initiatives, "worklist-initiative-" + initiative))).contains("Ámbar", "Activa");
        assertThat(view.tasks.empty.getText()).isEqualTo("Ninguna de las tareas que usted asignó está vencida.");
        assertThat(view.getPageTitle()).isEqualTo("Lista de trabajo · Accord");
    }

    @Test
    @WithUserDetails("napolitano")
    void anExecutiveHasNoWorklist() {
        navigate("worklist", AccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("liaison.mx")
    void aLiaisonHasNoWorklist() {
        navigate("worklist", AccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    /** Signs in as an account the test made, the way the portal's login would. */
    private void signIn(String username) {
        var user = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private static ListItem row(WorklistSection section, String id) {
        return (ListItem) section.list.getChildren().filter(child -> child.getId().equals(Optional.of(id)))
                .findFirst().orElseThrow(() -> new AssertionError(id + " is not in " + section.getId().orElseThrow()));
    }

    private static List<String> rowIds(WorklistSection section) {
        return section.list.getChildren().map(child -> child.getId().orElseThrow()).toList();
    }

    private static List<String> texts(ListItem row) {
        return row.getChildren().map(Component::getElement).map(element -> element.getTextRecursively()).toList();
    }

    private static RouterLink link(ListItem row) {
        return (RouterLink) row.getChildren().findFirst().orElseThrow();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static Map<String, List<String>> parameters() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    private String periodCode(long periodId) {
        return jdbc.queryForObject("select code from reporting_period where id = ?", String.class, periodId);
    }

    private static String english(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Language.EN.locale()).format(date);
    }

    private static String spanish(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Language.ES.locale()).format(date);
    }
}
