package org.accord.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.accord.PortalTest;
import org.accord.people.Language;
import org.accord.people.MyAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The sign-in journey in a real Chromium: login form, home page, theme, language switch, sign-out. */
@ExtendWith(RequiresChromium.class)
@PortalTest
class LoginJourneyBrowserTest {

    private static final String ADMIN = "admin.us";
    private static final String ADMIN_NAME = "Accord Administrator (US)";
    private static final String THEME = "themes/accord/styles.css";

    private final URI portal;
    private final String password;
    private final MyAccount myAccount;
    private final JdbcTemplate jdbc;
    private Browser browser;

    @Autowired
    LoginJourneyBrowserTest(@LocalServerPort int port, @Value("${accord.demo.password}") String password,
                            MyAccount myAccount, JdbcTemplate jdbc) {
        this.portal = URI.create("http://localhost:" + port + "/");
        this.password = password;
        this.myAccount = myAccount;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void openBrowserForAnAdminWhoSpeaksEnglish() {
        adminPrefers(Language.EN);
        browser = Browser.open(portal);
    }

    @AfterEach
    void closeBrowser() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            adminPrefers(Language.EN);
        }
    }

    @Test
    void adminSignsInThroughTheLoginFormAndLandsOnTheHomePage() {
        PortalPage home = LoginPage.open(browser).signIn(ADMIN, password);

        assertThat(home.path()).isEqualTo("/");
        assertThat(home.welcome()).isEqualTo("Welcome, " + ADMIN_NAME);
        assertThat(home.currentUser()).contains(ADMIN_NAME);
        assertThat(home.navigation()).containsExactly("Home", "Dashboard", "My tasks", "Agreements", "Initiatives", "Milestones", "Team tasks", "My updates",
                "Reporting periods", "Reports", "Verify a report", "Users", "Agencies", "Outbox", "Audit trail", "My account");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void pagesUseTheAccordThemeServedAsCss() throws Exception {
        PortalPage home = LoginPage.open(browser).signIn(ADMIN, password);

        assertServedAsCss(fetchTheme(Optional.empty()));
        assertServedAsCss(fetchTheme(Optional.ofNullable(browser.sessionCookie())));
        assertThat(home.stylesheets()).anySatisfy(href -> assertThat(href).endsWith("/" + THEME));
        assertThat(home.rootStyle("--accord-us")).isEqualToIgnoringCase("#1f4e8c");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void choosingSpanishTranslatesThePortalUntilEnglishIsChosenAgain() {
        PortalPage home = LoginPage.open(browser).signIn(ADMIN, password);

        PortalPage spanish = home.chooseLanguage("Español");
        assertThat(spanish.welcome()).isEqualTo("Bienvenido(a), " + ADMIN_NAME);
        assertThat(spanish.navigation()).containsExactly("Inicio", "Tablero", "Mis tareas", "Acuerdos", "Iniciativas", "Hitos", "Tareas del equipo", "Mis informes",
                "Periodos de informe", "Informes bilaterales", "Verificar un informe", "Usuarios", "Dependencias", "Bandeja de salida", "Bitácora de auditoría", "Mi cuenta");

        PortalPage english = spanish.chooseLanguage("English");
        assertThat(english.welcome()).isEqualTo("Welcome, " + ADMIN_NAME);
        assertThat(english.navigation()).containsExactly("Home", "Dashboard", "My tasks", "Agreements", "Initiatives", "Milestones", "Team tasks", "My updates",
                "Reporting periods", "Reports", "Verify a report", "Users", "Agencies", "Outbox", "Audit trail", "My account");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void signingOutShowsTheLoginPageAndTheHomePageAsksToSignInAgain() {
        PortalPage home = LoginPage.open(browser).signIn(ADMIN, password);
        long logouts = logoutsOfAdmin();

        home.signOut();
        assertThat(browser.currentPath()).isEqualTo("/login");
        assertThat(logoutsOfAdmin()).isEqualTo(logouts + 1);

        browser.visit("");
        new LoginPage(browser).awaitShown();
        assertThat(browser.currentPath()).isEqualTo("/login");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    private long logoutsOfAdmin() {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'LOGOUT'",
                Long.class, ADMIN);
    }

    private static void assertServedAsCss(HttpResponse<String> theme) {
        assertThat(theme.statusCode()).as("status of /%s", THEME).isEqualTo(200);
        assertThat(theme.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(theme.body()).contains("--accord-us");
    }

    private HttpResponse<String> fetchTheme(Optional<String> session) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(portal.resolve(THEME)).GET();
        session.ifPresent(id -> request.header("Cookie", "JSESSIONID=" + id));
        try (var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Language is a stored preference: every test starts, and leaves, the admin in English. */
    private void adminPrefers(Language language) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ADMIN, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            myAccount.changeLanguage(language);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
