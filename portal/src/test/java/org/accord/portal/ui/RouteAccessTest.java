package org.accord.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import org.accord.portal.ui.agreement.AgreementsView;
import org.accord.portal.ui.audit.AuditTrailView;
import org.accord.portal.ui.initiative.InitiativesView;
import org.accord.portal.ui.milestone.MilestonesView;
import org.accord.portal.ui.notification.NotificationsView;
import org.accord.portal.ui.notification.OutboxView;
import org.accord.portal.ui.people.AccountView;
import org.accord.portal.ui.people.AgenciesView;
import org.accord.portal.ui.people.ServiceAccountsView;
import org.accord.portal.ui.people.UsersView;
import org.accord.portal.ui.progress.MyUpdatesView;
import org.accord.portal.ui.progress.PeriodsView;
import org.accord.portal.ui.report.ReportsView;
import org.accord.portal.ui.report.VerifyReportView;
import org.accord.portal.ui.task.MyTasksView;
import org.accord.portal.ui.task.NewTaskView;
import org.accord.portal.ui.task.TaskView;
import org.accord.portal.ui.task.TeamTasksView;
import org.accord.portal.ui.dashboard.DashboardView;
import org.accord.portal.ui.worklist.WorklistView;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** The role × route matrix of DESIGN.md §4 for the routes that exist, and the navigation each role sees. */
class RouteAccessTest extends PortalBrowserlessTest {

    private static final List<Class<? extends Component>> ROUTES =
            List.of(HomeView.class, DashboardView.class, WorklistView.class, MyTasksView.class, AgreementsView.class,
                    InitiativesView.class, MilestonesView.class, TeamTasksView.class, MyUpdatesView.class,
                    PeriodsView.class, ReportsView.class, VerifyReportView.class, UsersView.class, AgenciesView.class,
                    OutboxView.class, AuditTrailView.class, AccountView.class, NotificationsView.class,
                    ServiceAccountsView.class);

    /** Reached from the header's bell, and from the users list, not from the side navigation. */
    private static final List<Class<? extends Component>> OUTSIDE_NAVIGATION =
            List.of(NotificationsView.class, ServiceAccountsView.class);

    @Test
    @WithUserDetails("admin.us")
    void administratorReachesEveryRoute() {
        assertReachesExactly(HomeView.class, DashboardView.class, MyTasksView.class, AgreementsView.class,
                InitiativesView.class, MilestonesView.class, TeamTasksView.class, MyUpdatesView.class, PeriodsView.class,
                ReportsView.class, VerifyReportView.class, UsersView.class, AgenciesView.class, OutboxView.class,
                AuditTrailView.class, AccountView.class, NotificationsView.class, ServiceAccountsView.class);
    }

    @Test
    @WithUserDetails("pm.mx")
    void programManagerReachesUpdatesPeriodsTeamTasksAndTheAuditTrailButNotUserAdministration() {
        assertReachesExactly(HomeView.class, DashboardView.class, MyTasksView.class, AgreementsView.class,
                InitiativesView.class, MilestonesView.class, TeamTasksView.class, MyUpdatesView.class, PeriodsView.class,
                ReportsView.class, VerifyReportView.class, AuditTrailView.class, AccountView.class, NotificationsView.class);
    }

    @Test
    @WithUserDetails("bersin")
    void oversightLeadReachesTheirWorklistUpdatesAndTeamTasksButNotPeriodsOrUserAdministration() {
        assertReachesExactly(HomeView.class, DashboardView.class, WorklistView.class, MyTasksView.class, AgreementsView.class,
                InitiativesView.class, MilestonesView.class, TeamTasksView.class, MyUpdatesView.class,
                ReportsView.class, VerifyReportView.class, AccountView.class, NotificationsView.class);
    }

    @Test
    @WithUserDetails("liaison.mx")
    void liaisonDoesNotReachTeamTasksOrUserAdministrationAndLandsOnMyTasks() {
        assertReachesExactly(HomeView.class, MyTasksView.class, AgreementsView.class, InitiativesView.class,
                MilestonesView.class, AccountView.class, NotificationsView.class);
    }

    @Test
    @WithUserDetails("napolitano")
    void executiveReachesReportsButNotTeamTasksOrUserAdministration() {
        assertReachesExactly(HomeView.class, DashboardView.class, MyTasksView.class, AgreementsView.class,
                InitiativesView.class, MilestonesView.class, ReportsView.class, VerifyReportView.class, AccountView.class,
                NotificationsView.class);
    }

    @Test
    @WithUserDetails("liaison.us")
    void liaisonOpeningHomeLandsOnMyTasks() {
        navigate("", MyTasksView.class);

        assertThat(getCurrentView()).isInstanceOf(MyTasksView.class);
    }

    @Test
    @WithUserDetails("bersin")
    void leadOpeningHomeGoesOnToTheWorklist() {
        navigate("", WorklistView.class);

        assertThat(getCurrentView()).isInstanceOf(WorklistView.class);
    }

    /** Home forwards executives and program managers to the dashboard, leads to their worklist, liaisons to tasks. */
    private Class<? extends Component> landingFor(Class<? extends Component> view) {
        List<String> roles = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(authority -> authority.getAuthority()).toList();
        if (view != HomeView.class) {
            return view;
        }
        if (roles.contains("ROLE_EXECUTIVE") || roles.contains("ROLE_PROGRAM_MANAGER")) {
            return DashboardView.class;
        }
        if (roles.contains("ROLE_OVERSIGHT_LEAD")) {
            return WorklistView.class;
        }
        return roles.equals(List.of("ROLE_LIAISON")) ? MyTasksView.class : view;
    }

    @SafeVarargs
    private void assertReachesExactly(Class<? extends Component>... allowed) {
        List<Class<? extends Component>> allowedViews = List.of(allowed);
        for (var view : ROUTES) {
            String path = RouteConfiguration.forSessionScope().getUrl(view);
            if (allowedViews.contains(view)) {
                navigate(path, landingFor(view));
                assertThat(getCurrentView()).as(path).isInstanceOf(landingFor(view));
            } else {
                navigate(path, AccessDeniedView.class);
                assertThat(getCurrentView()).as(path).isInstanceOf(AccessDeniedView.class);
            }
        }
        navigate("tasks/999999999999", TaskView.class);
        assertThat(getCurrentView()).as("a task's page, open to everyone signed in").isInstanceOf(TaskView.class);
        navigate("tasks/new", NewTaskView.class);
        assertThat(getCurrentView()).as("the new-task route").isInstanceOf(NewTaskView.class);
        navigate(AccountView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).containsExactlyElementsOf(
                allowedViews.stream().filter(view -> !OUTSIDE_NAVIGATION.contains(view))
                        .map(view -> RouteConfiguration.forSessionScope().getUrl(view)).toList());
    }
}
