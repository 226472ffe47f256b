package org.accord.progress;

import java.util.concurrent.ThreadLocalRandom;
import org.accord.agreement.Agreements;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/** An active initiative led by bersin (US) and lead.mx (MX), and an open quarter no other test uses. */
public class ProgressFixture {

    private final SignedIn signedIn;
    private final InitiativePortfolio portfolio;
    private final ReportingPeriods periods;
    private final PortfolioFixture fixture;

    public ProgressFixture(SignedIn signedIn, InitiativePortfolio portfolio, ReportingPeriods periods,
                           Agreements agreements, ReferenceData referenceData, JdbcTemplate jdbc) {
        this.signedIn = signedIn;
        this.portfolio = portfolio;
        this.periods = periods;
        this.fixture = new PortfolioFixture(agreements, referenceData, jdbc);
    }

    public static String unusedQuarter() {
        return (1000 + ThreadLocalRandom.current().nextInt(9000)) + "-Q" + (1 + ThreadLocalRandom.current().nextInt(4));
    }

    public long activeInitiative() {
        return signedIn.as("pm.us", () -> {
            long[] agreement = fixture.agreementWithTwoCommitments();
            var draft = fixture.initiative(agreement[1], "bersin", "lead.mx");
            draft.setStatus(InitiativeStatus.ACTIVE);
            draft.setHealth(Health.GREEN);
            return portfolio.save(draft);
        });
    }

    public PeriodView openPeriod() {
        return signedIn.as("pm.us", () -> {
            long id = openUnusedQuarter();
            return periods.all().stream().filter(period -> period.id() == id).findFirst().orElseThrow();
        });
    }

    /** Tries again in the rare case another test drew the same quarter. */
    private long openUnusedQuarter() {
        for (int attempt = 0; ; attempt++) {
            try {
                return periods.openQuarter(unusedQuarter());
            } catch (org.accord.shared.InvalidInputException taken) {
                if (attempt > 5) {
                    throw taken;
                }
            }
        }
    }

    public static ProgressUpdateDraft written(String accomplishments) {
        var draft = new ProgressUpdateDraft();
        draft.setAccomplishments(accomplishments);
        draft.setNextSteps("Pilot at Nuevo Laredo");
        draft.setRisksAndIssues("Connectivity tests slipped");
        draft.setProposedHealth(Health.AMBER);
        return draft;
    }
}
