package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V13 gives the updates written before it a language: their submitter's, or else their country's. */
class ProgressLanguageMigrationTest {

    @Test
    void updatesWrittenBeforeTakeTheSubmittersLanguageOrElseTheirCountrys() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("12").load().migrate();
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("""
                insert into user_account (username, display_name, email, party_id, agency_id, preferred_language,
                    enabled, password_hash, created_at)
                select 'hablante', 'Habla español', 'hablante@example.org', p.id, a.id, 'ES', true, 'x',
                    current_timestamp
                from party p join agency a on a.party_id = p.id where p.code = 'US' and a.code = 'CBP'""");
        jdbc.update("""
                insert into initiative (code, title_en, title_es, status, health, priority)
                values ('MIG-13', 'Migration test', 'Prueba de migración', 'ACTIVE', 'GREEN', 'MEDIUM')""");
        jdbc.update("""
                insert into reporting_period (code, start_date, end_date, state, opened_by, opened_at)
                values ('2011-Q4', '2011-10-01', '2011-12-31', 'OPEN', 'pm.us', current_timestamp)""");
        insertUpdate(jdbc, "US", "hablante");
        insertUpdate(jdbc, "MX", null);
        jdbc.update("""
                insert into party (code, name_en, name_es) values ('CA', 'Canada', 'Canadá')""");
        insertUpdate(jdbc, "CA", null);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForList("""
                select concat(p.code, ':', coalesce(u.language, '-')) from progress_update u
                join party p on p.id = u.party_id order by p.code""", String.class))
                .containsExactly("CA:-", "MX:ES", "US:ES");
        assertThat(jdbc.queryForObject("select count(*) from progress_update_translation", Integer.class)).isZero();
    }

    private static void insertUpdate(JdbcTemplate jdbc, String partyCode, String submittedBy) {
        jdbc.update("""
                insert into progress_update (period_id, initiative_id, party_id, state, submitted_by)
                select r.id, i.id, p.id, ?, ? from reporting_period r, initiative i, party p
                where r.code = '2011-Q4' and i.code = 'MIG-13' and p.code = ?""",
                submittedBy == null ? "DRAFT" : "SUBMITTED", submittedBy, partyCode);
    }
}
