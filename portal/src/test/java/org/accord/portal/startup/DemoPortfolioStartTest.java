package org.accord.portal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accord.PortalTest;
import org.accord.demo.DemoLoad;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo portfolio is loaded at the first start in demo mode and never twice. */
@PortalTest
class DemoPortfolioStartTest {

    @Autowired
    DemoPortfolioStart demoPortfolio;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoPortfolioIsThereAfterTheStart() {
        assertThat(rows()).startsWith(4L, 15L);
        List<Long> schedule = rows().subList(8, 12);
        assertThat(schedule.get(0)).isEqualTo(47);
        assertThat(schedule.get(1)).isGreaterThan(47);
        assertThat(schedule.subList(2, 4)).containsExactly(4L, 1L);
        assertThat(rows().get(12)).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(*) from task where status = 'DONE' and completion_note is not null"
                + " and title = 'Book the venue for the joint customs training in Nuevo Laredo'")).isEqualTo(1);
        assertThat(count("select count(*) from task where status = 'BLOCKED' and blocked_reason is not null"
                + " and title = 'Lista de participantes del SAT para la capacitación conjunta'")).isEqualTo(1);
        assertThat(count("select count(*) from task where internal = true"
                + " and title = 'Brief the embassy on the contraband case coordination'")).isEqualTo(1);
    }

    @Test
    void loadingTheDemoPortfolioAgainAddsNothing() {
        List<Long> before = rows();

        DemoLoad again = demoPortfolio.load();

        assertThat(again.addedAnything()).isFalse();
        assertThat(rows()).isEqualTo(before);
    }

    /**
     * Agreements, initiatives, commitment links, lead periods, notes, history rows, milestones, their log and
     * progress updates, tasks and their comments of the demo portfolio.
     */
    private List<Long> rows() {
        String agreements = "select id from agreement where code in ('DOP-2012','ISA-2012','GSCS-2012','DHS-SEGOB-2012')";
        String initiatives = "select id from initiative where code like 'DOP-2012-%' or code like 'ISA-2012-%'"
                + " or code like 'GSCS-2012-%' or code like 'SEGOB-2012-%'";
        return List.of(
                count("select count(*) from agreement where id in (" + agreements + ")"),
                count("select count(*) from initiative where id in (" + initiatives + ")"),
                count("select count(*) from commitment where agreement_id in (" + agreements + ")"),
                count("select count(*) from initiative_commitment where initiative_id in (" + initiatives + ")"),
                count("select count(*) from oversight_assignment where initiative_id in (" + initiatives + ")"),
                count("select count(*) from initiative_note where initiative_id in (" + initiatives + ")"),
                count("select count(*) from change_history where subject_type = 'INITIATIVE' and subject_id in ("
                        + initiatives + ")"),
                count("select count(*) from governance_member"),
                count("select count(*) from milestone where initiative_id in (" + initiatives + ")"),
                count("select count(*) from milestone_log where milestone_id in (select id from milestone"
                        + " where initiative_id in (" + initiatives + "))"),
                count("select count(*) from progress_update where initiative_id in (" + initiatives + ")"),
                count("select count(*) from reporting_period where code = '2012-Q2'"),
                count("select count(*) from task where initiative_id in (" + initiatives + ")"),
                count("select count(*) from task_comment where task_id in (select id from task where initiative_id in ("
                        + initiatives + "))"));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
