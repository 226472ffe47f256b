package org.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.accord.PortalTest;
import org.accord.testsupport.SignedIn;
import org.accord.worklist.LeadWorklist;
import org.accord.worklist.Worklist;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** DESIGN.md §8 for the lead's worklist: a few statements on the large portfolio, however much the lead leads. */
@PortalTest
class WorklistQueryCountTest {

    /** Who I am, then one statement for each of the four lists. */
    static final int MAX_STATEMENTS = 5;

    @Autowired
    PortfolioGenerator generator;
    @Autowired
    LeadWorklist worklist;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    UserDetailsService userDetails;

    StatementCounter statements;
    SignedIn signedIn;

    @BeforeEach
    void largePortfolio() {
        LargePortfolio.ensure(generator);
        statements = new StatementCounter(entityManagerFactory);
        signedIn = new SignedIn(userDetails);
    }

    @Test
    void theBusiestAndTheQuietestLeadsWorklistsTakeTheSameFewStatements() {
        String busiest = lead("desc");
        String quietest = lead("asc");

        long busy = signedIn.as(busiest, () -> statements.count(worklist::mine));
        long quiet = signedIn.as(quietest, () -> statements.count(worklist::mine));
        Worklist busyList = signedIn.as(busiest, () -> worklist.mine());
        Worklist quietList = signedIn.as(quietest, () -> worklist.mine());

        System.out.println("Worklist statements: " + busiest + " (" + busyList.initiatives().size() + " initiatives) "
                + busy + ", " + quietest + " (" + quietList.initiatives().size() + ") " + quiet);
        assertThat(busyList.initiatives().size()).isGreaterThan(quietList.initiatives().size());
        assertThat(busy).isEqualTo(quiet).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    /** The generated US lead of the most (or fewest) current initiatives. */
    private String lead(String order) {
        return jdbc.queryForObject("""
                select u.username from user_account u join oversight_assignment a on a.lead_id = u.id
                where u.username like 'gen.us.%%' and a.ended_at is null
                group by u.username order by count(*) %s, u.username limit 1""".formatted(order), String.class);
    }
}
