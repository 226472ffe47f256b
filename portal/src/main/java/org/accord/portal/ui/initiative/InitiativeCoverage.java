package org.accord.portal.ui.initiative;

import java.util.Map;
import java.util.stream.Collectors;
import org.accord.initiative.InitiativePortfolio;
import org.accord.portal.ui.agreement.CommitmentCoverage;
import org.springframework.stereotype.Component;

/** Fills the agreement page's coverage line: initiatives (not cancelled) per commitment. */
@Component
class InitiativeCoverage implements CommitmentCoverage {

    private final InitiativePortfolio portfolio;

    InitiativeCoverage(InitiativePortfolio portfolio) {
        this.portfolio = portfolio;
    }

    @Override
    public Map<Long, Long> initiativesPerCommitment(long agreementId) {
        return portfolio.coverage(agreementId).stream()
                .collect(Collectors.toMap(coverage -> coverage.commitment().id(), coverage -> coverage.initiatives()));
    }
}
