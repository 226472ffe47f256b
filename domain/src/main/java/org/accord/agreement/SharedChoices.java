package org.accord.agreement;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One copy per node of the agreements and commitments that every list's filters offer, instead of one per open
 * screen: read again only when one small statement shows they changed (a count, the sum of the versions and the
 * highest id of each table), so that a change saved on any node shows on the next screen opened.
 */
@Component
class SharedChoices {

    private static final String REVISION = "SELECT (SELECT COUNT(*) FROM agreement), (SELECT COALESCE(SUM(version), 0)"
            + " FROM agreement), (SELECT COALESCE(MAX(id), 0) FROM agreement), (SELECT COUNT(*) FROM commitment),"
            + " (SELECT COALESCE(SUM(version), 0) FROM commitment), (SELECT COALESCE(MAX(id), 0) FROM commitment)";

    private final JdbcTemplate jdbc;
    private volatile Read last = new Read(List.of(), null);

    SharedChoices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The choices as they are now; {@code read} reads them when they changed since the last read. */
    AgreementChoices current(Supplier<AgreementChoices> read) {
        List<Long> revision = jdbc.queryForObject(REVISION, (rs, row) -> List.of(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
        Read seen = last;
        if (seen.choices() != null && seen.revision().equals(revision)) {
            return seen.choices();
        }
        AgreementChoices fresh = read.get();
        last = new Read(revision, fresh);
        return fresh;
    }

    private record Read(List<Long> revision, AgreementChoices choices) {
    }
}
