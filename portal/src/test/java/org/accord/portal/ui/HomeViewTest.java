package org.accord.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import org.accord.portal.ui.dashboard.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

class HomeViewTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin.us")
    void administratorSeesCountsFromTheDatabaseIncludingAccountHealth() {
        navigate(HomeView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("Welcome, Accord Administrator (US)");
        long activeMx = jdbc.queryForObject("""
                select count(*) from user_account u join party p on u.party_id = p.id
                where p.code = 'MX' and u.enabled = true""", Long.class);
        assertThat(partyLine("card-users", "MX")).endsWith(String.valueOf(activeMx));
        assertThat($(Div.class).id("card-locked")).isNotNull();
        assertThat($(Div.class).id("card-disabled")).isNotNull();
    }

    @Test
    @WithUserDetails("meade")
    void executivesGoOnToTheDashboardInTheirLanguage() {
        navigate("", DashboardView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Dónde estamos");
    }

    @Test
    @WithUserDetails("pm.mx")
    void programManagersGoOnToTheDashboard() {
        navigate("", DashboardView.class);
    }

    private String partyLine(String cardId, String party) {
        Div card = $(Div.class).id(cardId);
        return card.getChildren()
                .filter(child -> party.equals(child.getElement().getAttribute("data-party")))
                .map(child -> child.getElement().getTextRecursively())
                .findFirst().orElseThrow();
    }
}
