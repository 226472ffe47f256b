package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations on a fresh embedded database; the configured database is checked by {@link PortalStartsTest}. */
class MigrationsTest {

    @Test
    void migrationsCreateTheSchemaAndReferenceDataOnAnEmptyH2InMySqlMode() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");

        var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("select code from party order by id", String.class)).containsExactly("US", "MX");
        assertThat(jdbc.queryForObject("select name_es from party where code = 'MX'", String.class)).isEqualTo("México");
        assertThat(jdbc.queryForObject("""
                select parent.code from agency child join agency parent on child.parent_id = parent.id
                where child.code = 'CBP'""", String.class)).isEqualTo("DHS");
        assertThat(jdbc.queryForObject("""
                select p.code from agency a join party p on a.party_id = p.id where a.code = 'ADUANAS'""", String.class))
                .isEqualTo("MX");
        assertThat(jdbc.queryForList("select code from agency", String.class))
                .contains("DHS", "CBP", "ICE", "DHS-OIA", "DOS", "US-EMB-MX", "SHCP", "SAT", "ADUANAS", "SEGOB", "INM");
    }
}
