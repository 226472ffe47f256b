package org.accord.portal.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accord.testsupport.OtherNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A copy of the test database as it is now, standing in for a read replica that lags: a second in-memory H2
 * database, or a second MySQL/MariaDB database named after the test database with {@code _replica} (the CI user
 * may create it: .ci/run grants it).
 */
final class ReplicaCopy implements AutoCloseable {

    private static final String H2_NAME = "accord-replica";

    private final String url;
    private final JdbcTemplate copy;
    private final String tablePrefix;
    private final AutoCloseable drop;

    private ReplicaCopy(String url, JdbcTemplate copy, String tablePrefix, AutoCloseable drop) {
        this.url = url;
        this.copy = copy;
        this.tablePrefix = tablePrefix;
        this.drop = drop;
    }

    static ReplicaCopy of(JdbcTemplate primary) throws Exception {
        return OtherNode.onH2() ? h2Copy(primary) : mysqlCopy(primary);
    }

    private static ReplicaCopy h2Copy(JdbcTemplate primary) throws Exception {
        Path script = Files.createTempFile("accord-replica", ".sql");
        try {
            primary.execute("SCRIPT TO '" + script + "'");
            var h2 = new SingleConnectionDataSource("jdbc:h2:mem:" + H2_NAME
                    + ";MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "", true);
            var replica = new JdbcTemplate(h2);
            replica.execute("DROP ALL OBJECTS");
            replica.execute("RUNSCRIPT FROM '" + script + "'");
            return new ReplicaCopy(OtherNode.h2Url(H2_NAME), replica, "", () -> {
                replica.execute("DROP ALL OBJECTS");
                h2.destroy();
            });
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static ReplicaCopy mysqlCopy(JdbcTemplate primary) {
        String primaryUrl = System.getenv("SPRING_DATASOURCE_URL");
        String source = primary.queryForObject("SELECT DATABASE()", String.class);
        String copy = source + "_replica";
        primary.execute("DROP DATABASE IF EXISTS `" + copy + "`");
        primary.execute("CREATE DATABASE `" + copy + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        List<String> tables = primary.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE'", String.class, source);
        for (String table : tables) {
            primary.execute("CREATE TABLE `" + copy + "`.`" + table + "` LIKE `" + source + "`.`" + table + "`");
            primary.execute("INSERT INTO `" + copy + "`.`" + table + "` SELECT * FROM `" + source + "`.`" + table + "`");
        }
        String url = primaryUrl.replaceFirst("/" + source + "(?=$|\\?)", "/" + copy);
        return new ReplicaCopy(url, primary, "`" + copy + "`.", () -> primary.execute("DROP DATABASE `" + copy + "`"));
    }

    /** What a portal node's {@code accord.datasource.read.url} is set to. */
    String url() {
        return url;
    }

    /** Runs {@code sql} on the copy only; table names are written {@code {db}table}. */
    int update(String sql, Object... args) {
        return copy.update(sql.replace("{db}", tablePrefix), args);
    }

    @Override
    public void close() throws Exception {
        drop.close();
    }
}
