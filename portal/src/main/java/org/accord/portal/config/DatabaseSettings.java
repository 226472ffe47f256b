package org.accord.portal.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database before anything connects: the embedded H2 file database when no
 * {@code spring.datasource.url} is given, and the Hibernate dialect from {@code accord.database.product}
 * (h2, mysql, mariadb) and {@code accord.database.version}, so Hibernate needs no JDBC metadata at boot
 * and does not warn about the 5.5.5 version MariaDB reports through Connector/J.
 * Demo mode ({@code accord.demo}) defaults to on only with the embedded database. On MySQL and MariaDB the driver
 * gives up connecting after {@code accord.database.connect-timeout} and waiting for an answer after
 * {@code accord.database.socket-timeout} (milliseconds), so that a database gone away mid-query does not hold a
 * request; they cache prepared statements, send JDBC batches as multi-row inserts and keep the session's state
 * rather than ask the server (Connector/J's defaults do none of these).
 */
class DatabaseSettings implements EnvironmentPostProcessor {

    static final String EMBEDDED_OPTIONS = ";MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        String url = environment.getProperty("spring.datasource.url", "");
        boolean embedded = url.isBlank() || url.startsWith("jdbc:h2:");
        if (url.isBlank()) {
            Path dataDir = Path.of(environment.getProperty("accord.data-dir", "data")).toAbsolutePath().normalize();
            defaults.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("accord") + EMBEDDED_OPTIONS);
            defaults.put("spring.datasource.username", "sa");
            defaults.put("spring.datasource.password", "");
        }
        Product product = Product.of(environment.getProperty("accord.database.product"), embedded);
        String[] version = environment.getProperty("accord.database.version", product.defaultVersion).split("\\.");
        String prefix = "spring.jpa.properties.";
        defaults.put(prefix + "hibernate.boot.allow_jdbc_metadata_access", "false");
        defaults.put(prefix + "jakarta.persistence.database-product-name", product.productName);
        defaults.put(prefix + "jakarta.persistence.database-major-version", version[0]);
        defaults.put(prefix + "jakarta.persistence.database-minor-version", version.length > 1 ? version[1] : "0");
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            String driver = "spring.datasource.hikari.data-source-properties.";
            defaults.put(driver + "connectTimeout", environment.getProperty("accord.database.connect-timeout", "3000"));
            defaults.put(driver + "socketTimeout", environment.getProperty("accord.database.socket-timeout", "30000"));
            // Connector/J parses each statement's SQL anew and sends a batch one statement at a time unless told.
            defaults.put(driver + "cachePrepStmts", "true");
            defaults.put(driver + "prepStmtCacheSize", "250");
            defaults.put(driver + "prepStmtCacheSqlLimit", "2048");
            defaults.put(driver + "rewriteBatchedStatements", "true");
            defaults.put(driver + "useLocalSessionState", "true");
            // With the OpenTelemetry API on the class path (Micrometer brings it) the driver makes a span for every
            // statement and commit, even with no exporter configured: a few percent of a page's CPU.
            defaults.put(driver + "openTelemetry", "DISABLED");
        }
        if (environment.getProperty("accord.demo") == null) {
            defaults.put("accord.demo", Boolean.toString(embedded));
        }
        environment.getPropertySources().addLast(new MapPropertySource("accordDatabaseDefaults", defaults));
    }

    enum Product {
        H2("H2", "2.3"),
        MYSQL("MySQL", "8.0"),
        MARIADB("MariaDB", "10.11");

        final String productName;
        final String defaultVersion;

        Product(String productName, String defaultVersion) {
            this.productName = productName;
            this.defaultVersion = defaultVersion;
        }

        static Product of(String setting, boolean embedded) {
            if (setting == null || setting.isBlank()) {
                return embedded ? H2 : MYSQL;
            }
            try {
                return valueOf(setting.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("accord.database.product (ACCORD_DATABASE_PRODUCT) is '" + setting
                        + "'; use h2, mysql or mariadb", unknown);
            }
        }
    }
}
