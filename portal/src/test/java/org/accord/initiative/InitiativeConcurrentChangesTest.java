package org.accord.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.people.ReferenceData;
import org.accord.shared.EditConflictException;
import org.accord.testsupport.AtTheSameMoment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two people saving the same initiative at the same moment: the second gets the usual conflict, not an error. */
@PortalTest
@WithUserDetails("pm.us")
class InitiativeConcurrentChangesTest {

    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    PortfolioFixture fixture;
    long id;
    long version;

    @BeforeEach
    void initiative() {
        fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        id = portfolio.save(fixture.initiative(fixture.agreementWithTwoCommitments()[1], "bersin", "lead.mx"));
        version = portfolio.detail(id).version();
    }

    @Test
    void progressSavedAtTheSameMomentAsAnotherIsAConflict() {
        Throwable second = new AtTheSameMoment(transactions).secondThrows(
                () -> portfolio.updateProgress(id, version, InitiativeStatus.ACTIVE, Health.GREEN, null),
                () -> portfolio.updateProgress(id, version, InitiativeStatus.ON_HOLD, Health.RED, "Funding frozen"));

        assertThat(second).isInstanceOf(EditConflictException.class);
        assertThat(portfolio.detail(id).status()).isEqualTo(InitiativeStatus.ACTIVE);
    }

    @Test
    void cancellingAtTheSameMomentAsAProgressChangeIsAConflict() {
        Throwable second = new AtTheSameMoment(transactions).secondThrows(
                () -> portfolio.updateProgress(id, version, InitiativeStatus.ACTIVE, Health.GREEN, null),
                () -> portfolio.cancel(id, version, "Superseded by the new declaration"));

        assertThat(second).isInstanceOf(EditConflictException.class);
        assertThat(portfolio.detail(id).status()).isEqualTo(InitiativeStatus.ACTIVE);
    }

    @Test
    void initiativeCreatedAndChangedInOneTransactionAsTheDemoLoaderDoesKeepsEveryChange() {
        long created = new TransactionTemplate(transactions).execute(status -> {
            long newId = portfolio.save(fixture.initiative(fixture.agreementWithTwoCommitments()[1], "bersin", "lead.mx"));
            portfolio.assignLead(newId, portfolio.detail(newId).version(), "US", fixture.userId("aguilar"));
            portfolio.updateProgress(newId, portfolio.detail(newId).version(), InitiativeStatus.ACTIVE, Health.GREEN, null);
            return newId;
        });

        assertThat(portfolio.detail(created).leads().get("US").username()).isEqualTo("aguilar");
        assertThat(portfolio.detail(created).status()).isEqualTo(InitiativeStatus.ACTIVE);
    }

    @Test
    void twoLeadAssignmentsAtTheSameMomentAreAConflict() {
        Throwable second = new AtTheSameMoment(transactions).secondThrows(
                () -> portfolio.assignLead(id, version, "US", fixture.userId("aguilar")),
                () -> portfolio.assignLead(id, version, "US", fixture.userId("morton")));

        assertThat(second).isInstanceOf(EditConflictException.class);
        assertThat(portfolio.detail(id).leads().get("US").username()).isEqualTo("aguilar");
        assertThat(portfolio.leadHistory(id).stream().filter(LeadPeriod::isCurrent)).hasSize(2);
    }
}
