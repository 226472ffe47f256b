package org.accord.people;

import java.util.List;
import org.accord.shared.NodeCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One copy per node of the parties and agencies that forms, filters and lists name, instead of a read at every
 * call ({@link NodeCopy}: read again when the count or highest id of either table, or the sum of the agencies'
 * versions, changes).
 */
@Component
class SharedReferenceData {

    private static final String REVISION = "SELECT (SELECT COUNT(*) FROM party), (SELECT COALESCE(MAX(id), 0) FROM party),"
            + " (SELECT COUNT(*) FROM agency), (SELECT COALESCE(SUM(version), 0) FROM agency),"
            + " (SELECT COALESCE(MAX(id), 0) FROM agency)";

    private final PartyRepository parties;
    private final AgencyRepository agencies;
    private final NodeCopy<Copy> copy;

    SharedReferenceData(JdbcTemplate jdbc, PartyRepository parties, AgencyRepository agencies) {
        this.parties = parties;
        this.agencies = agencies;
        this.copy = new NodeCopy<>(jdbc, REVISION);
    }

    List<Party> parties() {
        return current().parties();
    }

    /** Every agency with its party. */
    List<Agency> agencies() {
        return current().agencies();
    }

    private Copy current() {
        return copy.current(() -> new Copy(List.copyOf(parties.findAllByOrderByIdAsc()),
                List.copyOf(agencies.findAllWithParty())));
    }

    private record Copy(List<Party> parties, List<Agency> agencies) {
    }
}
