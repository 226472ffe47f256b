package org.accord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** On MySQL and MariaDB every table and text column is utf8mb4, so that emoji and the like are stored in full. */
@PortalTest
class TextCharsetTest {

    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String url;

    @Test
    void everyTextColumnOfMySqlOrMariaDbIsUtf8mb4() {
        assumeThat(url).startsWith("jdbc:mysql:");

        assertThat(jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history' and table_collation not like 'utf8mb4%'""", String.class))
                .isEmpty();
        assertThat(jdbc.queryForList("""
                select concat(table_name, '.', column_name) from information_schema.columns
                where table_schema = database() and table_name <> 'flyway_schema_history'
                  and character_set_name is not null and character_set_name <> 'utf8mb4'""", String.class))
                .isEmpty();
    }

    @Test
    void anEmojiAndAnAstralCharacterComeBackFromTheDatabaseAsTheyWent() {
        String text = "🚢 𠜎 Poiré";
        assertThat(jdbc.queryForObject("select ?", String.class, text)).isEqualTo(text);
    }
}
