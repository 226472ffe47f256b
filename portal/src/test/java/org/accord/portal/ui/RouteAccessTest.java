package org.accord.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import org.accord.portal.ui.agreement.AgreementsView;
import org.accord.portal.ui.initiative.InitiativesView;
import org.accord.portal.ui.milestone.MilestonesView;
import org.accord.portal.ui.notification.NotificationsView;
import org.accord.portal.ui.notification.OutboxView;
import org.accord.portal.ui.people.AccountView;
import org.accord.portal.ui.people.UsersView;
import org.accord.portal.ui.progress.MyUpdatesView;
import org.accord.portal.ui.progress.PeriodsView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The role × route matrix of DESIGN.md §4 for the routes that exist, and the navigation each role sees. */
class RouteAccessTest extends PortalBrowserlessTest {

    private static final List<Class<? extends Component>> ROUTES =
            List.of(HomeView.class, AgreementsView.class, InitiativesView.class, MilestonesView.class, MyUpdatesView.class,
                    PeriodsView.class, UsersView.class, OutboxView.class, AccountView.class, NotificationsView.class);

    /** Reached from the header's bell, not from the side navigation. */
    private static final List<Class<? extends Component>> OUTSIDE_NAVIGATION = List.of(NotificationsView.class);

    @Test
    @WithUserDetails("admin.us")
    void administratorReachesEveryRoute() {
        assertReachesExactly(HomeView.class, AgreementsView.class, InitiativesView.class, MilestonesView.class, MyUpdatesView.class,
                PeriodsView.class, UsersView.class, OutboxView.class, AccountView.class, NotificationsView.class);
    }

    @Test
    @WithUserDetails("pm.mx")
    void programManagerReachesUpdatesAndPeriodsButNotUserAdministration() {
        assertReachesExactly(HomeView.class, AgreementsView.class, InitiativesView.class, MilestonesView.class, MyUpdatesView.class,
                PeriodsView.class, AccountView.class, NotificationsView.class);
    }

    @Test
    @WithUserDetails("bersin")
    void oversightLeadReachesTheirUpdatesButNotPeriodsOrUserAdministration() {
        assertReachesExactly(HomeView.class, AgreementsView.class, InitiativesView.class, MilestonesView.class, MyUpdatesView.class,
                AccountView.class, NotificationsView.class);
    }

    @Test
    @WithUserDetails("liaison.mx")
    void liaisonDoesNotReachUserAdministration() {
        assertReachesExactly(HomeView.class, AgreementsView.class, InitiativesView.class, MilestonesView.class, AccountView.class,
                NotificationsView.class);
    }

    @Test
    @WithUserDetails("napolitano")
    void executiveDoesNotReachUserAdministration() {
        assertReachesExactly(HomeView.class, AgreementsView.class, InitiativesView.class, MilestonesView.class, AccountView.class,
                NotificationsView.class);
    }

    @SafeVarargs
    private void assertReachesExactly(Class<? extends Component>... allowed) {
        List<Class<? extends Component>> allowedViews = List.of(allowed);
        for (var view : ROUTES) {
            String path = RouteConfiguration.forSessionScope().getUrl(view);
            if (allowedViews.contains(view)) {
                navigate(view);
                assertThat(getCurrentView()).as(path).isInstanceOf(view);
            } else {
                navigate(path, AccessDeniedView.class);
                assertThat(getCurrentView()).as(path).isInstanceOf(AccessDeniedView.class);
            }
        }
        navigate(HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).containsExactlyElementsOf(
                allowedViews.stream().filter(view -> !OUTSIDE_NAVIGATION.contains(view))
                        .map(view -> RouteConfiguration.forSessionScope().getUrl(view)).toList());
    }
}
