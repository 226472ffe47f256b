package org.accord.milestone;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An agreement with two commitments and an initiative serving the first ({@code commitmentId}), led by bersin (US) and
 * lead.mx (MX), started a year ago, and its milestones.
 */
public class MilestoneStories {

    public static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    public final long agreementId;
    public final long commitmentId;
    public final long otherCommitmentId;
    public final long initiativeId;
    private final MilestonePlan plan;
    private final SignedIn signedIn;
    private final InitiativePortfolio portfolio;
    private final PortfolioFixture fixture;

    public MilestoneStories(SignedIn signedIn, InitiativePortfolio portfolio, MilestonePlan plan, Agreements agreements,
                            ReferenceData referenceData, JdbcTemplate jdbc) {
        this.plan = plan;
        this.signedIn = signedIn;
        this.portfolio = portfolio;
        this.fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        long[] agreement = signedIn.as("pm.us", fixture::agreementWithTwoCommitments);
        agreementId = agreement[0];
        commitmentId = agreement[1];
        otherCommitmentId = agreement[2];
        initiativeId = initiativeServing(commitmentId);
    }

    /** Another initiative of the agreement, led like the first, serving {@code commitment}. */
    public long initiativeServing(long commitment) {
        return signedIn.as("pm.us", () -> {
            var draft = fixture.initiative(commitment, "bersin", "lead.mx");
            draft.setStartDate(TODAY.minusYears(1));
            return portfolio.save(draft);
        });
    }

    public static MilestoneDraft draft(String title, OwnerSide side, LocalDate baseline, LocalDate forecast, int weight) {
        var draft = new MilestoneDraft();
        draft.setTitleEn(title);
        draft.setTitleEs(title + " (es)");
        draft.setOwnerSide(side);
        draft.setBaselineDate(baseline);
        draft.setForecastDate(forecast);
        draft.setWeight(weight);
        return draft;
    }

    /** Added by the US lead. */
    public long milestone(String title, OwnerSide side, LocalDate baseline, LocalDate forecast) {
        return milestone(initiativeId, title, side, baseline, forecast);
    }

    public long milestone(long initiative, String title, OwnerSide side, LocalDate baseline, LocalDate forecast) {
        return signedIn.as("bersin", () -> plan.save(initiative, draft(title, side, baseline, forecast, 1)));
    }

    public MilestoneRow row(long milestoneId) {
        return signedIn.as("pm.us", () -> plan.ofInitiative(initiativeId)).milestones().stream()
                .filter(row -> row.id() == milestoneId).findFirst().orElseThrow();
    }
}
