package org.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.accord.PortalTest;
import org.accord.task.TaskFilter;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** DESIGN.md §8 for tasks: My tasks and the team view cost a few statements, however large the page. */
@PortalTest
class TaskQueryCountTest {

    /**
     * The page (its ids, then those tasks with their initiatives, assignees and milestones in one statement) and the
     * agencies it names; the count; the open and overdue counts of the side navigation; each of the three reads who
     * I am: 8.
     */
    static final int MAX_STATEMENTS_FOR_MY_TASKS = 8;
    /**
     * For the page and for the count: who I am and the agencies (for the party and agency filters), then the
     * queries (the page's ids, then its tasks).
     */
    static final int MAX_STATEMENTS_PER_TEAM_PAGE = 8;

    @Autowired
    PortfolioGenerator generator;
    @Autowired
    Tasks tasks;
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
    void myTasksOfABusyLiaisonTakeTheSameFewStatementsForEveryPageSize() {
        String liaison = busiestLiaison();

        Map<String, Map<Integer, Long>> counts = new LinkedHashMap<>();
        for (boolean closed : new boolean[] {false, true}) {
            counts.put(closed ? "closed" : "open", signedIn.as(liaison, () -> bySize(pageable -> {
                assertThat(tasks.mine(closed, pageable)).hasSize(pageable.getPageSize());
                tasks.countMine(closed);
                tasks.myCounts();
            })));
        }

        System.out.println("Statements for " + liaison + "'s My tasks (page, count, side counts) by page size: " + counts);
        assertThat(signedIn.as(liaison, () -> tasks.myCounts()).open()).isGreaterThanOrEqualTo(200);
        assertThat(counts).allSatisfy((list, bySize) -> assertThat(bySize.values())
                .as("statements for %s tasks by page size %s", list, bySize)
                .allMatch(used -> used <= MAX_STATEMENTS_FOR_MY_TASKS)
                .containsOnly(bySize.get(10)));
    }

    @Test
    void theTeamViewTakesTheSameFewStatementsForEveryPageSizeAndFilter() {
        Map<String, TaskFilter> filters = teamFilters();

        for (String viewer : new String[] {"pm.us", busiestLead()}) {
            Map<String, Map<Integer, Long>> counts = new LinkedHashMap<>();
            signedIn.as(viewer, () -> filters.forEach((name, filter) -> counts.put(name, bySize(pageable -> {
                tasks.team(filter, pageable);
                tasks.countTeam(filter);
            }))));

            System.out.println("Statements per page of the team view for " + viewer + ", by filter and page size: "
                    + counts);
            assertThat(signedIn.as(viewer, () -> tasks.countTeam(TaskFilter.none())))
                    .as("more tasks than a middle-sized page").isGreaterThan(100);
            assertThat(counts).allSatisfy((name, bySize) -> assertThat(bySize.values())
                    .as("statements for %s, filter '%s', by page size %s", viewer, name, bySize)
                    .allMatch(used -> used <= MAX_STATEMENTS_PER_TEAM_PAGE)
                    .containsOnly(bySize.get(10)));
        }
    }

    private Map<String, TaskFilter> teamFilters() {
        long liaison = LargePortfolio.id(jdbc, "user_account", "username", busiestLiaison());
        long initiative = LargePortfolio.id(jdbc, "initiative", "code", "GEN-I00001");
        Map<String, TaskFilter> filters = new LinkedHashMap<>();
        filters.put("none", TaskFilter.none());
        filters.put("open", new TaskFilter(null, null, null, null, null, true, false));
        filters.put("overdue", new TaskFilter(null, null, null, null, null, false, true));
        filters.put("assignee", new TaskFilter(liaison, null, null, null, null, false, false));
        filters.put("party", new TaskFilter(null, "MX", null, null, null, false, false));
        filters.put("agency", new TaskFilter(null, null, "CBP", null, null, false, false));
        filters.put("initiative", new TaskFilter(null, null, null, initiative, null, false, false));
        filters.put("status", new TaskFilter(null, null, null, null, TaskStatus.BLOCKED, false, false));
        filters.put("combined", new TaskFilter(null, "US", "CBP", null, null, true, true));
        long agreement = LargePortfolio.id(jdbc, "agreement", "code", "GEN-A001");
        long commitment = LargePortfolio.firstCommitment(jdbc, agreement);
        filters.put("agreement", new TaskFilter(null, null, null, null, null, false, false, agreement, null));
        filters.put("commitment", new TaskFilter(null, null, null, null, null, false, false, null, commitment));
        filters.put("agreement and commitment", new TaskFilter(null, null, null, null, null, true, false, agreement,
                commitment));
        return filters;
    }

    /** The generated liaison with the most open tasks. */
    private String busiestLiaison() {
        return jdbc.queryForObject("""
                select u.username from user_account u join task t on t.assignee_id = u.id
                where u.username like 'gen.liaison.us.%' and t.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED')
                group by u.username order by count(*) desc, u.username limit 1""", String.class);
    }

    /** The generated US lead of the most initiatives with tasks. */
    private String busiestLead() {
        return jdbc.queryForObject("""
                select u.username from user_account u join oversight_assignment a on a.lead_id = u.id
                join task t on t.initiative_id = a.initiative_id
                where u.username like 'gen.us.%' and a.ended_at is null
                group by u.username order by count(*) desc, u.username limit 1""", String.class);
    }

    private Map<Integer, Long> bySize(Consumer<Pageable> work) {
        Map<Integer, Long> bySize = new LinkedHashMap<>();
        for (int size : LargePortfolioQueryCountTest.PAGE_SIZES) {
            bySize.put(size, statements.count(() -> work.accept(PageRequest.of(0, size))));
        }
        return bySize;
    }
}
