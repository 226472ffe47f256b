package org.accord.milestone;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The cross-portfolio milestones list: filters, sorting and paging in the database. */
@PortalTest
class MilestoneListTest {

    @Autowired
    MilestonePlan plan;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    SignedIn signedIn;
    MilestoneStories stories;
    long overdue;
    long slipped;
    long dueSoon;
    long later;
    long done;

    @BeforeEach
    void fiveMilestonesOfOneAgreement() {
        signedIn = new SignedIn(userDetails);
        stories = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        overdue = stories.milestone("Overdue", OwnerSide.US, TODAY.minusDays(3), null);
        slipped = stories.milestone("Slipped", OwnerSide.MX, TODAY.plusDays(20), TODAY.plusDays(50));
        dueSoon = stories.milestone("Due soon", OwnerSide.JOINT, TODAY.plusDays(10), null);
        later = stories.milestone("Later", OwnerSide.US, TODAY.plusDays(80), null);
        done = stories.milestone("Done", OwnerSide.MX, TODAY.minusDays(40), null);
        signedIn.as("bersin", () -> plan.recordProgress(done, stories.row(done).version(), MilestoneStatus.DONE, null,
                TODAY.minusDays(41), null));
    }

    @Test
    void filtersNarrowTheMilestonesOfAnAgreement() {
        assertThat(ids(filter(null, false, false, null))).containsExactly(done, overdue, dueSoon, slipped, later);
        assertThat(ids(filter(30, false, false, null))).containsExactly(dueSoon);
        assertThat(ids(filter(60, false, false, null))).containsExactly(dueSoon, slipped);
        assertThat(ids(filter(90, false, false, null))).containsExactly(dueSoon, slipped, later);
        assertThat(ids(filter(null, true, false, null))).containsExactly(overdue);
        assertThat(ids(filter(null, false, true, null))).containsExactly(slipped);
        assertThat(ids(filter(null, false, false, OwnerSide.MX))).containsExactly(done, slipped);
        assertThat(count(filter(null, false, false, OwnerSide.US))).isEqualTo(2);
        assertThat(count(filter(90, false, false, null))).isEqualTo(3);
    }

    @Test
    void anotherAgreementsMilestonesAreLeftOut() {
        var other = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        long elsewhere = other.milestone("Elsewhere", OwnerSide.US, TODAY.plusDays(5), null);

        assertThat(ids(filter(null, false, false, null))).doesNotContain(elsewhere);
        assertThat(signedIn.as("liaison.mx", () -> plan.page(new MilestoneFilter(null, false, false, null, null,
                Set.of(other.initiativeId)), PageRequest.of(0, 10)))).extracting(MilestoneRow::id)
                .containsExactly(elsewhere);
    }

    @Test
    void aCancelledMilestoneHasNotSlipped() {
        signedIn.as("bersin", () -> plan.recordProgress(slipped, stories.row(slipped).version(),
                MilestoneStatus.CANCELLED, TODAY.plusDays(50), null, "No longer needed"));

        assertThat(ids(filter(null, false, true, null))).isEmpty();
        assertThat(count(filter(null, false, true, null))).isZero();
        assertThat(ids(filter(null, false, false, null))).contains(slipped);
    }

    @Test
    void aCommitmentNarrowsToTheMilestonesOfTheInitiativesServingIt() {
        long otherInitiative = stories.initiativeServing(stories.otherCommitmentId);
        long ofOtherCommitment = stories.milestone(otherInitiative, "Of the other commitment", OwnerSide.US,
                TODAY.plusDays(15), null);
        var elsewhere = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        elsewhere.milestone("Of another agreement", OwnerSide.US, TODAY.plusDays(15), null);

        var ofCommitment = scope(null, stories.commitmentId);
        assertThat(ids(ofCommitment)).containsExactly(done, overdue, dueSoon, slipped, later);
        assertThat(count(ofCommitment)).isEqualTo(5);
        var ofAgreementAndCommitment = scope(stories.agreementId, stories.otherCommitmentId);
        assertThat(ids(ofAgreementAndCommitment)).containsExactly(ofOtherCommitment);
        assertThat(count(ofAgreementAndCommitment)).isEqualTo(1);
        var ofAgreement = scope(stories.agreementId, null);
        assertThat(ids(ofAgreement)).containsExactly(done, overdue, dueSoon, ofOtherCommitment, slipped, later);
        assertThat(count(ofAgreement)).isEqualTo(6);
    }

    @Test
    void aCommitmentOfAnotherAgreementGivesNoMilestones() {
        var elsewhere = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);

        var mismatched = scope(elsewhere.agreementId, stories.commitmentId);

        assertThat(ids(mismatched)).isEmpty();
        assertThat(count(mismatched)).isZero();
        var export = new java.util.ArrayList<MilestoneRow>();
        signedIn.as("liaison.us", () -> plan.export(mismatched, Sort.unsorted(), export::addAll));
        assertThat(export).isEmpty();
        signedIn.as("liaison.us", () -> plan.export(scope(null, stories.commitmentId), Sort.unsorted(),
                export::addAll));
        assertThat(export).extracting(MilestoneRow::id).containsExactly(done, overdue, dueSoon, slipped, later);
    }

    @Test
    void sortingAndPagingHappenInTheDatabase() {
        var byTitle = PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "titleEn"));
        var next = PageRequest.of(1, 2, Sort.by(Sort.Direction.DESC, "titleEn"));

        assertThat(signedIn.as("napolitano", () -> plan.page(filter(null, false, false, null), byTitle)))
                .extracting(MilestoneRow::titleEn).containsExactly("Slipped", "Overdue");
        assertThat(signedIn.as("napolitano", () -> plan.page(filter(null, false, false, null), next)))
                .extracting(MilestoneRow::titleEn).containsExactly("Later", "Due soon");
    }

    @Test
    void aPageCostsAFewStatementsWhateverItsSize() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        signedIn.as("pm.mx", () -> plan.page(MilestoneFilter.all(), PageRequest.of(0, 50)));
        signedIn.as("pm.mx", () -> plan.count(new MilestoneFilter(90, false, true, OwnerSide.MX, null, null)));

        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(5);
    }

    private MilestoneFilter filter(Integer dueWithinDays, boolean overdueOnly, boolean slippedOnly, OwnerSide side) {
        return new MilestoneFilter(dueWithinDays, overdueOnly, slippedOnly, side, stories.agreementId, null);
    }

    private static MilestoneFilter scope(Long agreementId, Long commitmentId) {
        return new MilestoneFilter(null, false, false, null, agreementId, null, commitmentId);
    }

    private java.util.List<Long> ids(MilestoneFilter filter) {
        return signedIn.as("liaison.us", () -> plan.page(filter, PageRequest.of(0, 20))).stream()
                .map(MilestoneRow::id).toList();
    }

    private int count(MilestoneFilter filter) {
        return signedIn.as("liaison.us", () -> plan.count(filter));
    }
}
