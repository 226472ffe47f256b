package org.accord.milestone;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/** An agreement with an initiative led by bersin (US) and lead.mx (MX), started a year ago, and its milestones. */
public class MilestoneStories {

    public static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    public final long agreementId;
    public final long initiativeId;
    private final MilestonePlan plan;
    private final SignedIn signedIn;

    public MilestoneStories(SignedIn signedIn, InitiativePortfolio portfolio, MilestonePlan plan, Agreements agreements,
                            ReferenceData referenceData, JdbcTemplate jdbc) {
        this.plan = plan;
        this.signedIn = signedIn;
        long[] agreement = signedIn.as("pm.us", () -> new PortfolioFixture(agreements, referenceData, jdbc)
                .agreementWithTwoCommitments());
        agreementId = agreement[0];
        initiativeId = signedIn.as("pm.us", () -> {
            var draft = new PortfolioFixture(agreements, referenceData, jdbc).initiative(agreement[1], "bersin", "lead.mx");
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
        return signedIn.as("bersin", () -> plan.save(initiativeId, draft(title, side, baseline, forecast, 1)));
    }

    public MilestoneRow row(long milestoneId) {
        return signedIn.as("pm.us", () -> plan.ofInitiative(initiativeId)).milestones().stream()
                .filter(row -> row.id() == milestoneId).findFirst().orElseThrow();
    }
}
