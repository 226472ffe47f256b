package org.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.accord.PortalTest;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.LeadPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@PortalTest
@WithUserDetails("pm.us")
class PortfolioGeneratorTest {

    @Autowired
    PortfolioGenerator generator;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void largePortfolio() {
        LargePortfolio.ensure(generator);
    }

    @Test
    void generatesTheConfiguredNumbersOfAgreementsInitiativesAndLeads() {
        assertThat(count("select count(*) from agreement where code like 'GEN-A%'")).isEqualTo(50);
        assertThat(count("select count(*) from initiative where code like 'GEN-I%'")).isEqualTo(2000);
        assertThat(count("""
                select count(*) from user_account u join user_role r on r.user_id = u.id
                where u.username like 'gen.%' and r.role = 'OVERSIGHT_LEAD' and u.enabled = true""")).isEqualTo(400);
        assertThat(count("""
                select count(*) from agreement a join governance_body g on g.agreement_id = a.id
                where a.code like 'GEN-A%' and (select count(*) from commitment c where c.agreement_id = a.id) between 3 and 6
                  and (select count(*) from governance_co_chair cc where cc.body_id = g.id) = 2""")).isEqualTo(50);
    }

    @Test
    void everyGeneratedInitiativeHasOneCurrentLeadAndOneLeadAgencyPerPartyAndSomeHaveAPreviousLead() {
        String generated = "select id from initiative where code like 'GEN-I%'";
        assertThat(count("select count(*) from oversight_assignment where ended_at is null and initiative_id in ("
                + generated + ")")).isEqualTo(4000);
        assertThat(count("""
                select count(distinct concat(initiative_id, '-', party_id)) from oversight_assignment
                where ended_at is null and initiative_id in (""" + generated + ")")).isEqualTo(4000);
        assertThat(count("select count(*) from initiative_lead_agency where initiative_id in (" + generated + ")"))
                .isEqualTo(4000);
        assertThat(count("select count(*) from oversight_assignment where ended_at is not null and initiative_id in ("
                + generated + ")")).isBetween(400L, 800L);
    }

    @Test
    void aHandedOverInitiativeShowsBothLeadsInItsHistory() {
        long handedOver = count("""
                select min(initiative_id) from oversight_assignment a join initiative i on i.id = a.initiative_id
                where a.ended_at is not null and i.code like 'GEN-I%'""");

        List<LeadPeriod> history = portfolio.leadHistory(handedOver);

        assertThat(history).hasSizeGreaterThanOrEqualTo(3).anyMatch(period -> !period.isCurrent());
        assertThat(history.stream().filter(LeadPeriod::isCurrent)).extracting(LeadPeriod::partyCode)
                .containsExactlyInAnyOrder("US", "MX");
        assertThat(portfolio.history(handedOver)).isNotEmpty();
    }

    @Test
    void everyGeneratedInitiativeHasTwentyMilestonesAndAFewHaveALogLine() {
        String generated = "select m.id from milestone m join initiative i on i.id = m.initiative_id where i.code like 'GEN-I%'";
        assertThat(count("select count(*) from (" + generated + ") g")).isEqualTo(40_000);
        assertThat(count("""
                select count(*) from milestone m join initiative i on i.id = m.initiative_id
                where i.code like 'GEN-I%' and m.status = 'DONE' and (m.actual_date is null or m.actual_date > ?)""",
                SchedulePlanner.AS_OF)).isZero();
        assertThat(count("select count(*) from milestone_log where milestone_id in (" + generated + ")"))
                .isBetween(400L, 4_000L);
        assertThat(count("select count(*) from milestone_log where rebaseline_reason is not null and milestone_id in ("
                + generated + ")")).isPositive();
    }

    @Test
    void eightQuartersWithTheLastOpenAndUpdatesLockedInTheClosedOnes() {
        assertThat(jdbc.queryForList("""
                select code from reporting_period where code between '2012-Q2' and '2014-Q1' order by code""",
                String.class)).containsExactly("2012-Q2", "2012-Q3", "2012-Q4", "2013-Q1", "2013-Q2", "2013-Q3",
                "2013-Q4", "2014-Q1");
        String generated = " from progress_update u join reporting_period p on p.id = u.period_id"
                + " join initiative i on i.id = u.initiative_id where i.code like 'GEN-I%' and i.status = 'ACTIVE' ";
        assertThat(count("select count(*)" + generated + "and p.state = 'CLOSED' and u.locked = false")).isZero();
        assertThat(count("select count(*)" + generated + "and p.state = 'CLOSED' and u.state = 'APPROVED'"))
                .isGreaterThan(1_000);
        assertThat(jdbc.queryForList("select distinct u.state" + generated + "and p.code = '2014-Q1'", String.class))
                .containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "RETURNED", "APPROVED");
        assertThat(count("select count(*)" + generated + "and u.state = 'RETURNED' and u.return_comment is null"))
                .isZero();
        assertThat(count("select count(*) from progress_update u join initiative i on i.id = u.initiative_id"
                + " where i.code like 'GEN-I%' and i.status <> 'ACTIVE'")).isZero();
    }

    @Test
    void liaisonsOfBothPartiesGetTheTasksMostlyClosedAndTheOpenOnesDueAroundTheirDay() {
        LocalDate today = LargePortfolio.TASKS_AS_OF;
        String tasks = " from task t join initiative i on i.id = t.initiative_id where i.code like 'GEN-I%' ";
        assertThat(count("""
                select count(*) from user_account u join user_role r on r.user_id = u.id
                where u.username like 'gen.liaison.%' and r.role = 'LIAISON' and u.enabled = true""")).isEqualTo(20);
        assertThat(count("select count(distinct email) from user_account where username like 'gen.%'"))
                .isEqualTo(420);
        assertThat(count("select count(*)" + tasks)).isEqualTo(20_000);
        assertThat(count("select count(*)" + tasks + "and t.status in ('DONE', 'CANCELLED')")).isBetween(15_000L, 17_000L);
        assertThat(count("select count(*)" + tasks + "and t.status in ('DONE', 'CANCELLED') and t.closed_at is null"))
                .isZero();
        assertThat(count("select count(*)" + tasks + "and t.status in ('DONE', 'CANCELLED') and t.due_date >= ?", today))
                .isZero();
        assertThat(count("select count(*)" + tasks + "and t.status not in ('DONE', 'CANCELLED') and t.closed_at is null"
                + " and t.due_date between ? and ?", today.minusDays(45), today.plusDays(90)))
                .isEqualTo(count("select count(*)" + tasks + "and t.status not in ('DONE', 'CANCELLED')"));
        assertThat(count("select count(*)" + tasks + "and t.status not in ('DONE', 'CANCELLED') and t.due_date < ?",
                today)).isGreaterThan(500);
        assertThat(count("select count(*)" + tasks + "and t.status = 'BLOCKED' and t.blocked_reason is null")).isZero();
        assertThat(count("select count(*)" + tasks + "and t.status = 'BLOCKED'")).isPositive();
        assertThat(count("select count(*)" + tasks + "and t.status = 'DONE' and t.completion_note is null")).isZero();
        assertThat(count("select count(*)" + tasks + "and t.internal = true")).isBetween(1_000L, 3_000L);
        assertThat(count("select count(*)" + tasks + "and t.milestone_id is not null")).isBetween(4_000L, 8_000L);
        assertThat(count("""
                select count(*) from task t join milestone m on m.id = t.milestone_id join initiative i on i.id = t.initiative_id
                where i.code like 'GEN-I%' and m.initiative_id <> t.initiative_id""")).isZero();
        assertThat(count("""
                select count(*) from task t join user_account u on u.id = t.assignee_id join initiative i on i.id = t.initiative_id
                where i.code like 'GEN-I%' and (u.party_id <> t.party_id or u.username not like 'gen.liaison.%')""")).isZero();
        assertThat(count("select count(*) from task_comment c where c.task_id in (select t.id" + tasks + ")"))
                .isBetween(600L, 1_800L);
    }

    @Test
    void generatedTasksAreTheSameForTheSameSeed() {
        var planner = new TaskPlanner(LargePortfolio.SETTINGS, LocalDate.of(2026, 5, 1));
        var initiative = PortfolioPlanner.plan(LargePortfolio.SETTINGS).initiatives().get(7);

        assertThat(planner.tasksOf(initiative, 7)).isEqualTo(planner.tasksOf(initiative, 7)).hasSize(10);
        assertThat(planner.liaisons()).extracting(PortfolioPlan.Lead::username).doesNotHaveDuplicates()
                .contains("gen.liaison.us.0001", "gen.liaison.mx.0010");
    }

    @Test
    void allGeneratedLeadsShareOnePasswordHashedOnce() {
        List<String> hashes = jdbc.queryForList(
                "select distinct password_hash from user_account where username like 'gen.%'", String.class);

        assertThat(hashes).hasSize(1);
        assertThat(passwordEncoder.matches(LargePortfolio.PASSWORD, hashes.getFirst())).isTrue();
    }

    @Test
    void generatingAgainAddsNothing() {
        long initiatives = count("select count(*) from initiative");

        GeneratedPortfolio again = LargePortfolio.ensure(generator);

        assertThat(again.wroteAnything()).isFalse();
        assertThat(count("select count(*) from initiative")).isEqualTo(initiatives);
    }

    @Test
    void generatingWithOtherSettingsIntoTheSameDatabaseIsRefusedBeforeWritingAnything() {
        long initiatives = count("select count(*) from initiative");
        var more = new GeneratorSettings(50, 2001, 201, 20, 8, 2012);

        assertThatThrownBy(() -> generator.generate(more, LargePortfolio.PASSWORD))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("new database");
        assertThat(count("select count(*) from initiative")).isEqualTo(initiatives);
    }

    @Test
    void everyClosedQuarterHasASnapshotOfEachInitiativeWithItsMilestonesCountedAsOfTheQuartersEnd() {
        String snapshots = " from period_snapshot s join reporting_period p on p.id = s.period_id"
                + " join initiative i on i.id = s.initiative_id where i.code like 'GEN-I%' ";
        assertThat(jdbc.queryForList("select p.code" + snapshots + "group by p.code having count(*) = 2000 order by p.code",
                String.class)).containsExactlyElementsOf(jdbc.queryForList("""
                        select code from reporting_period where code between '2012-Q2' and '2014-Q1' and state = 'CLOSED'
                        order by code""", String.class))
                .contains("2012-Q3", "2013-Q4");
        assertThat(count("select count(*)" + snapshots + "and p.state = 'OPEN'")).isZero();
        String generated = " from milestone m join initiative i on i.id = m.initiative_id"
                + " where i.code like 'GEN-I%' and m.status <> 'CANCELLED' ";
        for (String quarter : List.of("2012-Q3", "2013-Q4")) {
            LocalDate end = jdbc.queryForObject("select end_date from reporting_period where code = ?", LocalDate.class,
                    quarter);
            assertThat(count("select sum(s.milestones_total)" + snapshots + "and p.code = ?", quarter))
                    .isEqualTo(count("select count(*)" + generated));
            assertThat(count("select sum(s.milestones_done)" + snapshots + "and p.code = ?", quarter)).as(quarter)
                    .isEqualTo(count("select count(*)" + generated + "and m.status = 'DONE' and m.actual_date <= ?", end))
                    .isPositive();
            assertThat(count("select sum(s.milestones_late + s.milestones_on_time)" + snapshots + "and p.code = ?",
                    quarter)).isEqualTo(count("select count(*)" + generated));
        }
        assertThat(count("select sum(s.milestones_done)" + snapshots + "and p.code = '2012-Q3'"))
                .isLessThan(count("select sum(s.milestones_done)" + snapshots + "and p.code = '2013-Q4'"));
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
