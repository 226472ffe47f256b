package org.accord.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.List;
import org.accord.people.Language;
import org.accord.people.MyAccount;
import org.accord.people.Profile;
import org.accord.portal.ui.agreement.AgreementsView;
import org.accord.portal.ui.dashboard.DashboardView;
import org.accord.portal.ui.audit.AuditTrailView;
import org.accord.portal.ui.initiative.InitiativesView;
import org.accord.portal.ui.milestone.MilestonesView;
import org.accord.portal.ui.notification.NotificationBell;
import org.accord.portal.ui.notification.OutboxView;
import org.accord.portal.ui.people.AccountView;
import org.accord.portal.ui.people.AgenciesView;
import org.accord.portal.ui.people.UsersView;
import org.accord.portal.ui.progress.MyUpdatesView;
import org.accord.portal.ui.progress.PeriodsView;
import org.accord.portal.ui.report.ReportsView;
import org.accord.portal.ui.report.VerifyReportView;
import org.accord.portal.ui.task.MyTasksView;
import org.accord.portal.ui.task.TeamTasksView;
import org.accord.portal.ui.worklist.WorklistView;
import org.accord.task.TaskCounts;
import org.accord.task.Tasks;
import org.springframework.beans.factory.annotation.Value;

/** The portal shell: navigation limited to what the user's roles allow, who is signed in, language, logout. */
@PermitAll
public class MainLayout extends AppLayout implements RouterLayout, AfterNavigationObserver {

    private record Destination(Class<? extends Component> view, String key, VaadinIcon icon) {
    }

    private static final List<Destination> DESTINATIONS = List.of(
            new Destination(HomeView.class, "nav.home", VaadinIcon.HOME),
            new Destination(DashboardView.class, "nav.dashboard", VaadinIcon.DASHBOARD),
            new Destination(WorklistView.class, "nav.worklist", VaadinIcon.INBOX),
            new Destination(MyTasksView.class, "nav.my-tasks", VaadinIcon.CHECK_SQUARE_O),
            new Destination(AgreementsView.class, "nav.agreements", VaadinIcon.FILE_TEXT),
            new Destination(InitiativesView.class, "nav.initiatives", VaadinIcon.TASKS),
            new Destination(MilestonesView.class, "nav.milestones", VaadinIcon.FLAG),
            new Destination(TeamTasksView.class, "nav.team-tasks", VaadinIcon.CLIPBOARD_USER),
            new Destination(MyUpdatesView.class, "nav.updates", VaadinIcon.EDIT),
            new Destination(PeriodsView.class, "nav.periods", VaadinIcon.CALENDAR),
            new Destination(ReportsView.class, "nav.reports", VaadinIcon.FILE_TABLE),
            new Destination(VerifyReportView.class, "nav.verify-report", VaadinIcon.CHECK_CIRCLE_O),
            new Destination(UsersView.class, "nav.users", VaadinIcon.USERS),
            new Destination(AgenciesView.class, "nav.agencies", VaadinIcon.OFFICE),
            new Destination(OutboxView.class, "nav.outbox", VaadinIcon.ENVELOPES),
            new Destination(AuditTrailView.class, "nav.audit", VaadinIcon.CLIPBOARD_TEXT),
            new Destination(AccountView.class, "nav.account", VaadinIcon.USER));

    private final MyAccount myAccount;
    private final AuthenticationContext authentication;
    private final Tasks tasks;
    private final Span myTaskCounts = new Span();
    private final RecentRead countsRead;

    public MainLayout(MyAccount myAccount, AuthenticationContext authentication, AccessAnnotationChecker access,
                      Tasks tasks, NotificationBell bell,
                      @Value("${accord.ui.shell-counts-refresh:30s}") Duration countsRefresh) {
        this.myAccount = myAccount;
        this.authentication = authentication;
        this.tasks = tasks;
        this.countsRead = new RecentRead(countsRefresh);
        Profile me = myAccount.profile();
        applyLanguage(me.language());

        var title = new Span(getTranslation("app.name"));
        title.addClassName("accord-brand");
        var banner = new Header(skipToContent(), new DrawerToggle(), title, userBar(me, bell));
        banner.addClassName("accord-banner");
        addToNavbar(banner);
        addToDrawer(navigation(access));
        setPrimarySection(Section.DRAWER);
    }

    /** The view is the page's main landmark, which the skip link focuses: the banner and navigation are around it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /** The first thing Tab reaches, shown only then: past the header and the navigation, to the page itself. */
    private Button skipToContent() {
        var skip = new Button(getTranslation("header.skip-to-content"), click -> {
            if (getContent() != null) {
                // Focusable only while it has the focus: a component with tabindex -1 would hide all it holds from Tab.
                getContent().getElement().executeJs("this.setAttribute('tabindex', '-1'); this.focus();"
                        + " this.addEventListener('blur', () => this.removeAttribute('tabindex'), {once: true});");
            }
        });
        skip.setId("skip-to-content");
        skip.addClassName("accord-skip");
        skip.addThemeVariants(ButtonVariant.TERTIARY);
        return skip;
    }

    private SideNav navigation(AccessAnnotationChecker access) {
        var nav = new SideNav();
        nav.setId("side-nav");
        DESTINATIONS.stream()
                .filter(destination -> access.hasAccess(destination.view()))
                .forEach(destination -> {
                    var item = new SideNavItem(getTranslation(destination.key()), destination.view(),
                            destination.icon().create());
                    if (destination.view() == MyTasksView.class) {
                        item.setSuffixComponent(myTaskCounts);
                    }
                    nav.addItem(item);
                });
        myTaskCounts.setId("nav-my-tasks-count");
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (countsRead.isStale()) {
            showMyTaskCounts();
        }
    }

    /** The open tasks of the signed-in person in the navigation, in red with how many are overdue. */
    public void showMyTaskCounts() {
        showMyTaskCounts(tasks.myCounts());
    }

    /** Shows counts just read elsewhere (the my-tasks page reads them too). */
    public void showMyTaskCounts(TaskCounts counts) {
        countsRead.read();
        myTaskCounts.setVisible(counts.open() > 0);
        myTaskCounts.setText(counts.open() == 0 ? ""
                : counts.overdue() > 0 ? getTranslation("nav.my-tasks.overdue", counts.open(), counts.overdue())
                : getTranslation("nav.my-tasks.open", counts.open()));
        myTaskCounts.getElement().getThemeList().clear();
        myTaskCounts.getElement().getThemeList().addAll(counts.overdue() > 0 ? List.of("badge", "pill", "small", "error")
                : List.of("badge", "pill", "small"));
    }

    private Component userBar(Profile me, NotificationBell bell) {
        var who = new Div(new Span(me.displayName()),
                new Span(me.party().getCode() + " · " + me.agency().getCode()));
        who.addClassName("accord-who");
        who.getElement().setAttribute("data-party", me.party().getCode());
        who.setId("current-user");

        var language = new LanguageSelect(myAccount, me.language());
        language.setId("language-switch");
        language.setAriaLabel(getTranslation("header.language"));

        var logout = new Button(getTranslation("header.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.TERTIARY);

        var bar = new HorizontalLayout(bell, who, language, logout);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("accord-userbar");
        return bar;
    }

    private static void applyLanguage(Language language) {
        VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().setLocale(language.locale());
    }
}
