package org.accord.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.accord.PortalTest;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeRow;
import org.accord.initiative.InitiativeStatus;
import org.accord.milestone.MilestoneFilter;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.task.TaskFilter;
import org.accord.task.TaskRow;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the lists' exports hold: every row of the filter, in the list's order, under the list's access rules. */
@PortalTest
class ListExportsTest {

    private static final String INTERNAL_TASK = "Brief the embassy on the contraband case coordination";

    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan milestones;
    @Autowired
    Tasks tasks;
    @Autowired
    AllPages allPages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    SignedIn signedIn;

    @BeforeEach
    void signIn() {
        signedIn = new SignedIn(users);
    }

    @Test
    void initiativesExportHoldsTheRowsOfTheFilterInTheListsOrder() {
        long cbp = jdbc.queryForObject("select id from agency where code = 'CBP'", Long.class);
        var active = new InitiativeFilter(null, null, null, InitiativeStatus.ACTIVE, null, null, null, null);
        var ledByCbp = new InitiativeFilter(null, null, null, null, null, cbp, null, "US");
        Sort byTitleDescending = Sort.by(Sort.Order.desc("titleEn"));

        for (InitiativeFilter filter : List.of(active, ledByCbp)) {
            List<InitiativeRow> exported = signedIn.as("pm.mx", () -> {
                var rows = new ArrayList<InitiativeRow>();
                portfolio.export(filter, byTitleDescending, rows::addAll);
                return rows;
            });
            List<InitiativeRow> page = signedIn.as("pm.mx",
                    () -> portfolio.page(filter, PageRequest.of(0, 10_000, byTitleDescending)));

            assertThat(exported).isNotEmpty().isEqualTo(page);
            assertThat(exported).hasSize(signedIn.as("pm.mx", () -> portfolio.count(filter)));
        }
        List<InitiativeRow> activeOnes = signedIn.as("pm.mx", () -> {
            var rows = new ArrayList<InitiativeRow>();
            portfolio.export(active, Sort.unsorted(), rows::addAll);
            return rows;
        });
        assertThat(activeOnes).extracting(InitiativeRow::status).containsOnly(InitiativeStatus.ACTIVE);
        assertThat(activeOnes).extracting(InitiativeRow::code).isSorted();
    }

    @Test
    void overdueMilestonesExportHoldsWhatTheListCounts() {
        var overdue = new MilestoneFilter(null, true, false, null, null, null);
        Sort latestFirst = Sort.by(Sort.Order.desc("baselineDate"));

        List<MilestoneRow> exported = signedIn.as("pm.us", () -> {
            var rows = new ArrayList<MilestoneRow>();
            milestones.export(overdue, latestFirst, rows::addAll);
            return rows;
        });

        assertThat(exported).isNotEmpty()
                .isEqualTo(signedIn.as("pm.us", () -> milestones.page(overdue, PageRequest.of(0, 10_000, latestFirst))))
                .hasSize(signedIn.as("pm.us", () -> milestones.count(overdue)));
        assertThat(exported).extracting(MilestoneRow::baselineDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void tasksOfALiaisonExportedByTheOtherPartyLeaveOutTheirPartysInternalTask() {
        long liaison = jdbc.queryForObject("select id from user_account where username = 'liaison.us'", Long.class);
        var ofTheLiaison = new TaskFilter(liaison, null, null, null, null, false, false);

        List<TaskRow> byMexico = exportTeam("pm.mx", ofTheLiaison);
        List<TaskRow> byUnitedStates = exportTeam("pm.us", ofTheLiaison);

        assertThat(byMexico).isNotEmpty().extracting(TaskRow::title).doesNotContain(INTERNAL_TASK);
        assertThat(byMexico).hasSize(signedIn.as("pm.mx", () -> tasks.countTeam(ofTheLiaison)));
        assertThat(byUnitedStates).extracting(TaskRow::title).contains(INTERNAL_TASK);
        assertThat(byUnitedStates).hasSize(byMexico.size() + 1);
        assertThat(byMexico).isEqualTo(signedIn.as("pm.mx",
                () -> tasks.team(ofTheLiaison, PageRequest.of(0, 10_000, Sort.by("dueDate")))));
    }

    @Test
    void oversightLeadExportsOnlyTheTasksOfWhatTheyLead() {
        List<TaskRow> exported = exportTeam("morton", TaskFilter.none());

        assertThat(exported).isNotEmpty()
                .hasSize(signedIn.as("morton", () -> tasks.countTeam(TaskFilter.none())));
        List<String> led = jdbc.queryForList("select i.code from initiative i join oversight_assignment a"
                + " on a.initiative_id = i.id join user_account u on u.id = a.lead_id"
                + " where u.username = 'morton' and a.ended_at is null", String.class);
        assertThat(exported).extracting(TaskRow::initiativeCode).allMatch(led::contains);
    }

    @Test
    void liaisonMayNotExportTheTeamsTasks() {
        assertThatThrownBy(() -> exportTeam("liaison.us", TaskFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void allPagesHandsOnEveryRowInBatchesUntilAShortPage() {
        List<Integer> numbers = IntStream.range(0, AllPages.BATCH * 2 + 7).boxed().toList();
        var batches = new ArrayList<List<Integer>>();

        allPages.read(Sort.unsorted(), pageable -> numbers.subList(
                (int) Math.min(pageable.getOffset(), numbers.size()),
                (int) Math.min(pageable.getOffset() + pageable.getPageSize(), numbers.size())), batches::add);

        assertThat(batches).extracting(List::size).containsExactly(AllPages.BATCH, AllPages.BATCH, 7);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(numbers);

        var exact = new ArrayList<List<Integer>>();
        List<Integer> twoBatches = numbers.subList(0, AllPages.BATCH * 2);
        allPages.read(Sort.unsorted(), pageable -> twoBatches.subList(
                (int) Math.min(pageable.getOffset(), twoBatches.size()),
                (int) Math.min(pageable.getOffset() + pageable.getPageSize(), twoBatches.size())), exact::add);
        assertThat(exact).extracting(List::size).containsExactly(AllPages.BATCH, AllPages.BATCH);
    }

    private List<TaskRow> exportTeam(String username, TaskFilter filter) {
        return signedIn.as(username, () -> {
            var rows = new ArrayList<TaskRow>();
            tasks.exportTeam(filter, Sort.by("dueDate"), rows::addAll);
            return rows;
        });
    }
}
