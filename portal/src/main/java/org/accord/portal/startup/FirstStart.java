package org.accord.portal.startup;

import java.util.List;
import org.accord.people.DemoLogin;
import org.accord.people.PasswordPolicy;
import org.accord.people.PeopleBootstrap;
import org.accord.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure somebody can sign in: in demo mode the demo people of the seed text and their portfolio,
 * otherwise one administrator from {@code ACCORD_ADMIN_PASSWORD} on a database with no users.
 */
@Component
@Order(FirstStart.ORDER)
class FirstStart implements ApplicationRunner {

    static final int ORDER = 0;

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final PeopleBootstrap people;
    private final DemoPortfolioStart demoPortfolio;
    private final boolean demo;
    private final String demoPassword;
    private final String adminUsername;
    private final String adminEmail;
    private final String adminPassword;
    private final String adminAgency;
    private final Environment environment;

    FirstStart(PeopleBootstrap people, DemoPortfolioStart demoPortfolio, @Value("${accord.demo}") boolean demo,
               @Value("${accord.demo.password}") String demoPassword,
               @Value("${accord.admin.username}") String adminUsername,
               @Value("${accord.admin.email}") String adminEmail,
               @Value("${accord.admin.password:}") String adminPassword,
               @Value("${accord.admin.agency}") String adminAgency,
               Environment environment) {
        this.people = people;
        this.demoPortfolio = demoPortfolio;
        this.demo = demo;
        this.demoPassword = demoPassword;
        this.adminUsername = adminUsername;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.adminAgency = adminAgency;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            printDemoLogins(people.loadDemoUsers(demoPassword));
            demoPortfolio.load();
        } else if (!people.hasUsers()) {
            if (adminPassword.isBlank()) {
                throw new FirstStartRefused("""
                        The database has no users and no first administrator password is set. \
                        Set ACCORD_ADMIN_PASSWORD (at least 12 characters) to create the administrator \
                        '%s', or start with ACCORD_DEMO=true for the demo people.""".formatted(adminUsername));
            }
            try {
                people.createAdministrator(adminUsername, adminEmail, adminPassword, adminAgency);
            } catch (InvalidInputException tooShortOrLong) {
                throw new FirstStartRefused("ACCORD_ADMIN_PASSWORD must have between %d and %d characters."
                        .formatted(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
            } catch (IllegalArgumentException unknownAgency) {
                throw new FirstStartRefused("accord.admin.agency (ACCORD_ADMIN_AGENCY) '%s' is not an agency code."
                        .formatted(adminAgency));
            }
            log.info("Created the first administrator '{}'. Sign in and change the password.", adminUsername);
        }
    }

    private void printDemoLogins(List<DemoLogin> logins) {
        var text = new StringBuilder("\n\nAccord demo mode. Sign in at http://localhost:"
                + environment.getProperty("local.server.port", "8080") + " as any of these, ")
                .append("password '").append(demoPassword).append("':\n");
        logins.forEach(login -> text.append(String.format("  %-12s %-4s %-16s %s%n", login.username(),
                login.partyCode(), login.role(), login.displayName())));
        log.info(text.toString());
    }

    /** The portal cannot start because nobody could sign in. */
    static class FirstStartRefused extends IllegalStateException {
        FirstStartRefused(String message) {
            super(message);
        }
    }
}
