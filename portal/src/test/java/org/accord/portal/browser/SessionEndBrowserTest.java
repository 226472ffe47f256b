package org.accord.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import org.accord.PortalTest;
import org.accord.SignedIn;
import org.accord.people.Agency;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A program manager whose role an administrator changes is sent to the sign-in page at their next click. */
@ExtendWith(RequiresChromium.class)
@PortalTest
class SessionEndBrowserTest {

    private static final String PASSWORD = "a long enough browser passphrase";

    private final URI portal;
    private final UserAdministration users;
    private final ReferenceData referenceData;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;
    private Browser browser;

    @Autowired
    SessionEndBrowserTest(@LocalServerPort int port, UserAdministration users, ReferenceData referenceData,
                          UserDetailsService accounts, JdbcTemplate jdbc) {
        this.portal = URI.create("http://localhost:" + port + "/");
        this.users = users;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRoleChangeSendsTheOpenPortalToTheSignInPageAtTheNextClick() {
        String username = newProgramManager();
        browser = Browser.open(portal);
        PortalPage home = LoginPage.open(browser).signIn(username, PASSWORD);
        assertThat(home.navigation()).contains("Initiatives");

        SignedIn.as(accounts, "admin.us", () -> {
            UserDraft draft = users.edit(idOf(username));
            draft.setRoles(Set.of(Role.EXECUTIVE));
            return users.save(draft);
        });
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space()='Initiatives']")).click();

        new LoginPage(browser).awaitShown();
        assertThat(browser.currentPath()).isEqualTo("/login");
    }

    private String newProgramManager() {
        String username = "brs." + Long.toString(System.nanoTime(), 36);
        SignedIn.as(accounts, "admin.us", () -> {
            UserDraft draft = new UserDraft();
            draft.setUsername(username);
            draft.setDisplayName("Browser session " + username);
            draft.setEmail(username + "@example.org");
            Agency agency = referenceData.agencies().stream().filter(a -> a.getCode().equals("CBP")).findFirst()
                    .orElseThrow();
            draft.setParty(agency.getParty());
            draft.setAgency(agency);
            draft.setLanguage(Language.EN);
            draft.setRoles(Set.of(Role.PROGRAM_MANAGER));
            draft.setInitialPassword(PASSWORD);
            return users.save(draft);
        });
        return username;
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
