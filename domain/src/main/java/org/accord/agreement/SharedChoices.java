package org.accord.agreement;

import java.util.function.Supplier;
import org.accord.shared.NodeCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One copy per node of the agreements and commitments that every list's filters offer, instead of one per open
 * screen ({@link NodeCopy}: read again when a count, the sum of the versions or the highest id of either changes).
 */
@Component
class SharedChoices {

    private static final String REVISION = "SELECT (SELECT COUNT(*) FROM agreement), (SELECT COALESCE(SUM(version), 0)"
            + " FROM agreement), (SELECT COALESCE(MAX(id), 0) FROM agreement), (SELECT COUNT(*) FROM commitment),"
            + " (SELECT COALESCE(SUM(version), 0) FROM commitment), (SELECT COALESCE(MAX(id), 0) FROM commitment)";

    private final NodeCopy<AgreementChoices> copy;

    SharedChoices(JdbcTemplate jdbc) {
        this.copy = new NodeCopy<>(jdbc, REVISION);
    }

    /** The choices as they are now; {@code read} reads them when they changed since the last read. */
    AgreementChoices current(Supplier<AgreementChoices> read) {
        return copy.current(read);
    }
}
