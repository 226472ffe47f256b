package org.accord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeRow;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.PersonRef;
import org.accord.people.ReferenceData;
import org.accord.people.UserAdministration;
import org.accord.people.UserFilter;
import org.accord.people.UserRow;
import org.accord.task.TaskStories;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A typed {@code %}, {@code _} or {@code !} matches itself in the searches, not any text. */
@PortalTest
class SearchWildcardsTest {

    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    UserAdministration users;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    PortfolioFixture fixture;
    String tag;

    @BeforeEach
    void signIn() {
        signedIn = new SignedIn(userDetails);
        fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        tag = PortfolioFixture.unique("W");
    }

    @Test
    void percentAndUnderscoreInTheInitiativeSearchMatchLiterally() {
        initiative(tag + " 100% done");
        initiative(tag + " 1000 done");
        initiative(tag + " a_b");
        initiative(tag + " axb");
        initiative(tag + " wow!");

        assertThat(initiativeTitles(tag + " 100%")).containsExactly(tag + " 100% done");
        assertThat(initiativeTitles(tag + " a_b")).containsExactly(tag + " a_b");
        assertThat(initiativeTitles(tag + " wow!")).containsExactly(tag + " wow!");
        assertThat(initiativeTitles(tag)).hasSize(5);
    }

    @Test
    void percentAndUnderscoreInTheUserSearchAndTheAssigneeChooserMatchLiterally() {
        var stories = new TaskStories(signedIn, tasks, portfolio, agreements, referenceData, jdbc);
        rename(stories.liaison(users, referenceData, true), tag + " 50% off");
        rename(stories.liaison(users, referenceData, true), tag + " 500 off");
        rename(stories.liaison(users, referenceData, true), tag + " x_y");
        rename(stories.liaison(users, referenceData, true), tag + " xzy");

        assertThat(userNames(tag + " 50%")).containsExactly(tag + " 50% off");
        assertThat(userNames(tag + " x_y")).containsExactly(tag + " x_y");
        assertThat(signedIn.as("bersin", () -> tasks.assignable(tag + " x_y", 10)))
                .extracting(PersonRef::displayName).containsExactly(tag + " x_y");
        assertThat(userNames(tag)).hasSize(4);
    }

    private void initiative(String title) {
        signedIn.as("pm.us", () -> {
            long[] agreement = fixture.agreementWithTwoCommitments();
            var draft = fixture.initiative(agreement[1], "bersin", "lead.mx");
            draft.setTitleEn(title);
            return portfolio.save(draft);
        });
    }

    private java.util.List<String> initiativeTitles(String typed) {
        return signedIn.as("pm.us", () -> portfolio.page(new InitiativeFilter(typed, null, null, null, null, null,
                null, null), PageRequest.of(0, 50))).stream().map(InitiativeRow::titleEn).toList();
    }

    private void rename(long userId, String displayName) {
        signedIn.as("admin.us", () -> {
            var draft = users.edit(userId);
            draft.setDisplayName(displayName);
            return users.save(draft);
        });
    }

    private java.util.List<String> userNames(String typed) {
        return signedIn.as("admin.us", () -> users.page(new UserFilter(typed, null, null, null), PageRequest.of(0, 50)))
                .stream().map(UserRow::displayName).toList();
    }
}
