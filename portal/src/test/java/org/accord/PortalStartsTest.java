package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** The portal starts on the configured database (H2 by default, MySQL or MariaDB in CI) with the right dialect. */
@PortalTest
class PortalStartsTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${accord.database.product:}")
    String product;

    @Test
    void hibernateUsesTheDialectOfTheConfiguredProduct() {
        Dialect dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();

        Class<? extends Dialect> expected = url.startsWith("jdbc:h2:") ? H2Dialect.class
                : "mariadb".equalsIgnoreCase(product) ? MariaDBDialect.class : MySQLDialect.class;
        assertThat(dialect).isInstanceOf(expected);
    }

    @Test
    void everyMigrationIsAppliedToTheConfiguredDatabase() {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = false", Long.class))
                .isZero();
        assertThat(jdbc.queryForList("select version from flyway_schema_history where version is not null", String.class))
                .contains("1", "2", "3");
    }

    @Test
    void demoModeLoadsOnePersonPerRoleAndParty() {
        assertThat(jdbc.queryForObject("""
                select count(distinct concat(p.code, r.role)) from user_account u
                join party p on u.party_id = p.id join user_role r on r.user_id = u.id
                where u.username in ('admin.us','admin.mx','pm.us','pm.mx','bersin','lead.mx','liaison.us',
                                     'liaison.mx','napolitano','meade')""", Long.class)).isEqualTo(10);
    }
}
