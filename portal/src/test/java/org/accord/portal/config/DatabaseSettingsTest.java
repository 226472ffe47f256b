package org.accord.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A database away must not hold a request: the MySQL/MariaDB driver gives up connecting and reading in time. */
class DatabaseSettingsTest {

    private static final String DRIVER = "spring.datasource.hikari.data-source-properties.";

    @Test
    void mysqlAndMariadbConnectionsGetConnectAndReadTimeouts() {
        var environment = settings(Map.of("spring.datasource.url", "jdbc:mysql://db.example:3306/accord",
                "accord.database.socket-timeout", "45000"));

        assertThat(environment.getProperty(DRIVER + "connectTimeout")).isEqualTo("3000");
        assertThat(environment.getProperty(DRIVER + "socketTimeout")).isEqualTo("45000");
    }

    @Test
    void mysqlAndMariadbCachePreparedStatementsAndSendBatchesAsMultiRowInsertsUnlessToldOtherwise() {
        var environment = settings(Map.of("spring.datasource.url", "jdbc:mariadb://db.example:3306/accord",
                DRIVER + "prepStmtCacheSize", "500"));

        assertThat(environment.getProperty(DRIVER + "cachePrepStmts")).isEqualTo("true");
        assertThat(environment.getProperty(DRIVER + "prepStmtCacheSize")).isEqualTo("500");
        assertThat(environment.getProperty(DRIVER + "rewriteBatchedStatements")).isEqualTo("true");
        assertThat(environment.getProperty(DRIVER + "useLocalSessionState")).isEqualTo("true");
    }

    @Test
    void mysqlAndMariadbMakeNoSpanPerStatementUnlessToldOtherwise() {
        assertThat(settings(Map.of("spring.datasource.url", "jdbc:mysql://db.example:3306/accord"))
                .getProperty(DRIVER + "openTelemetry")).isEqualTo("DISABLED");
        assertThat(settings(Map.of("spring.datasource.url", "jdbc:mysql://db.example:3306/accord",
                DRIVER + "openTelemetry", "PREFERRED")).getProperty(DRIVER + "openTelemetry")).isEqualTo("PREFERRED");
    }

    @Test
    void h2GetsNoneOfThemForItRefusesSettingsItDoesNotKnow() {
        var environment = settings(Map.of("spring.datasource.url", "jdbc:h2:mem:settings"));

        assertThat(environment.getProperty(DRIVER + "connectTimeout")).isNull();
        assertThat(environment.getProperty(DRIVER + "socketTimeout")).isNull();
        assertThat(environment.getProperty(DRIVER + "cachePrepStmts")).isNull();
    }

    private static StandardEnvironment settings(Map<String, Object> given) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", given));
        new DatabaseSettings().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
