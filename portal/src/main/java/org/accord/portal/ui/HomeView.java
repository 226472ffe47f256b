package org.accord.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.people.MyAccount;
import org.accord.people.PeopleOverview;
import org.accord.people.Profile;
import org.accord.people.Role;
import org.accord.portal.ui.dashboard.DashboardView;
import org.accord.portal.ui.task.MyTasksView;
import org.accord.portal.ui.worklist.WorklistView;

/**
 * The landing page: executives and program managers go on to the dashboard, oversight leads to their worklist,
 * liaison staff to their tasks; administrators see who they are in the portal and what it holds.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final boolean liaisonOnly;
    private final boolean readsDashboard;
    private final boolean leads;

    public HomeView(MyAccount myAccount, PeopleOverview overview, AuthenticationContext authentication) {
        setId("home");
        Profile me = myAccount.profile();
        liaisonOnly = me.roles().equals(Set.of(Role.LIAISON));
        readsDashboard = me.roles().contains(Role.EXECUTIVE) || me.roles().contains(Role.PROGRAM_MANAGER);
        leads = me.roles().contains(Role.OVERSIGHT_LEAD);
        add(new H1(getTranslation("home.welcome", me.displayName())));
        add(new Paragraph(getTranslation("home.you", me.agency().name(Texts.currentLanguage()),
                me.party().name(Texts.currentLanguage()),
                me.roles().stream().map(Texts::role).sorted().collect(Collectors.joining(", ")))));
        for (Role role : me.roles()) {
            add(new Paragraph(getTranslation("home.role." + role.name())));
        }

        var cards = new Div();
        cards.addClassName("accord-cards");
        cards.add(card("home.card.agencies", "agencies", overview.agenciesByParty()));
        cards.add(card("home.card.users", "users", overview.activeUsersByParty()));
        if (authentication.hasRole(Role.ADMIN.name())) {
            var health = overview.accountHealth();
            cards.add(single("home.card.locked", "locked", health.locked()));
            cards.add(single("home.card.disabled", "disabled", health.disabled()));
        }
        add(cards);
    }

    private Div card(String titleKey, String id, Map<String, Long> perParty) {
        var card = new Div(new H2(getTranslation(titleKey)));
        card.addClassName("accord-card");
        card.setId("card-" + id);
        perParty.forEach((party, count) -> {
            var line = new Div(new Span(party), new Span(String.valueOf(count)));
            line.addClassName("accord-card-line");
            line.getElement().setAttribute("data-party", party);
            card.add(line);
        });
        return card;
    }

    private Div single(String titleKey, String id, long count) {
        var value = new Span(String.valueOf(count));
        value.addClassName("accord-card-value");
        var card = new Div(new H2(getTranslation(titleKey)), value);
        card.addClassName("accord-card");
        card.setId("card-" + id);
        return card;
    }

    /** Executives and program managers land on the dashboard, oversight leads on their worklist, liaison staff in their tasks. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (readsDashboard) {
            event.forwardTo(DashboardView.class);
        } else if (leads) {
            event.forwardTo(WorklistView.class);
        } else if (liaisonOnly) {
            event.forwardTo(MyTasksView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
