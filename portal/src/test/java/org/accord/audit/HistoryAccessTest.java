package org.accord.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.ReferenceData;
import org.accord.task.TaskStories;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** DESIGN.md §4, audit trail: administrators all, program managers read, leads their initiatives, others nothing. */
@PortalTest
class HistoryAccessTest {

    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    Tasks tasks;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    TaskStories stories;
    long agreement;
    long task;
    long otherInitiative;

    @BeforeEach
    void initiativeLedByBersinWithATaskAndAnotherLedByAguilar() {
        signedIn = new SignedIn(userDetails);
        stories = new TaskStories(signedIn, tasks, portfolio, agreements, referenceData, jdbc);
        task = stories.task("Check the scanners", "liaison.us", TaskStories.TODAY.plusDays(5));
        long[] other = signedIn.as("pm.us", () -> stories.fixture.agreementWithTwoCommitments());
        agreement = other[0];
        otherInitiative = signedIn.as("pm.us",
                () -> portfolio.save(stories.fixture.initiative(other[1], "aguilar", "lead.inm")));
    }

    @Test
    void liaisonsAndExecutivesReadNoHistoryOfInitiativesAgreementsOrTasks() {
        for (String someone : List.of("liaison.us", "liaison.mx", "napolitano", "meade")) {
            assertThatThrownBy(() -> signedIn.as(someone, () -> portfolio.history(stories.initiativeId)))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(someone, () -> agreements.history(agreement)))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(someone, () -> tasks.history(task)))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
            assertThat(signedIn.as(someone, () -> portfolio.mayReadHistory(stories.initiativeId))).as(someone).isFalse();
            assertThat(signedIn.as(someone, () -> tasks.mayReadHistory(task))).as(someone).isFalse();
            assertThat(signedIn.as(someone, () -> agreements.mayReadHistory())).as(someone).isFalse();
        }
    }

    @Test
    void leadReadsTheHistoryOfTheInitiativeTheyLeadAndItsTasksButNotOfAnotherInitiative() {
        assertThat(signedIn.as("bersin", () -> portfolio.history(stories.initiativeId))).isNotEmpty();
        assertThat(signedIn.as("lead.mx", () -> portfolio.history(stories.initiativeId))).isNotEmpty();
        assertThat(signedIn.as("bersin", () -> tasks.history(task))).extracting(HistoryLine::field).contains("title");

        assertThatThrownBy(() -> signedIn.as("bersin", () -> portfolio.history(otherInitiative)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("aguilar", () -> portfolio.history(stories.initiativeId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("aguilar", () -> tasks.history(task)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("bersin", () -> agreements.history(agreement)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("bersin", () -> portfolio.mayReadHistory(stories.initiativeId))).isTrue();
        assertThat(signedIn.as("bersin", () -> portfolio.mayReadHistory(otherInitiative))).isFalse();
    }

    @Test
    void programManagersAndAdministratorsOfBothPartiesReadAllHistory() {
        for (String someone : List.of("pm.us", "pm.mx", "admin.us", "admin.mx")) {
            assertThat(signedIn.as(someone, () -> portfolio.history(stories.initiativeId))).as(someone).isNotEmpty();
            assertThat(signedIn.as(someone, () -> portfolio.history(otherInitiative))).as(someone).isNotEmpty();
            assertThat(signedIn.as(someone, () -> agreements.history(agreement))).as(someone).isNotEmpty();
            assertThat(signedIn.as(someone, () -> tasks.history(task))).as(someone).isNotEmpty();
        }
    }

    @Test
    void historyOfPartyInternalNotesAndTasksStaysWithTheParty() {
        signedIn.as("bersin", () -> portfolio.addNote(stories.initiativeId, true, "US only: budget question pending"));
        long internal = stories.internalTask("Internal US review", "liaison.us", TaskStories.TODAY.plusDays(4));

        assertThat(signedIn.as("pm.us", () -> portfolio.history(stories.initiativeId))).extracting(HistoryLine::after)
                .contains("US only: budget question pending");
        for (String mexican : List.of("pm.mx", "admin.mx", "lead.mx")) {
            assertThat(signedIn.as(mexican, () -> portfolio.history(stories.initiativeId))).as(mexican)
                    .extracting(HistoryLine::after).doesNotContain("US only: budget question pending");
            assertThatThrownBy(() -> signedIn.as(mexican, () -> tasks.history(internal))).as(mexican)
                    .isInstanceOf(org.accord.shared.EditConflictException.class);
        }
        assertThat(signedIn.as("bersin", () -> tasks.history(internal))).isNotEmpty();
    }
}
