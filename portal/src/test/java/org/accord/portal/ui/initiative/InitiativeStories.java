package org.accord.portal.ui.initiative;

import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativeDraft;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The data the initiative view tests start from, made by a program manager through the services. */
class InitiativeStories {

    final SignedIn signedIn;
    final PortfolioFixture fixture;
    private final InitiativePortfolio portfolio;
    private final JdbcTemplate jdbc;

    InitiativeStories(InitiativePortfolio portfolio, Agreements agreements, ReferenceData referenceData, JdbcTemplate jdbc,
                      UserDetailsService users) {
        this.portfolio = portfolio;
        this.jdbc = jdbc;
        this.signedIn = new SignedIn(users);
        this.fixture = new PortfolioFixture(agreements, referenceData, jdbc);
    }

    /** A new agreement with two commitments: {agreement id, commitment 1 id, commitment 2 id}. */
    long[] agreement() {
        return signedIn.as("pm.us", fixture::agreementWithTwoCommitments);
    }

    /** An initiative led by Alan Bersin (US) and the customs coordination (MX), serving the commitment. */
    InitiativeDraft draft(long commitmentId) {
        return signedIn.as("pm.us", () -> fixture.initiative(commitmentId, "bersin", "lead.mx"));
    }

    long save(InitiativeDraft draft) {
        return signedIn.as("pm.us", () -> portfolio.save(draft));
    }

    long initiativeLedByBersin() {
        return save(draft(agreement()[1]));
    }

    long version(long initiativeId) {
        return jdbc.queryForObject("select version from initiative where id = ?", Long.class, initiativeId);
    }

    long initiativesWithCode(String code) {
        return jdbc.queryForObject("select count(*) from initiative where code = ?", Long.class, code);
    }
}
