package org.accord.people;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One copy per node of the parties and agencies that forms, filters and lists name, instead of a read at every
 * call: read again only when one small statement (the count and highest id of each table, the sum of the agencies'
 * versions) shows that they changed, on any node, so that a change saved anywhere shows at the next read.
 */
@Component
class SharedReferenceData {

    private static final String REVISION = "SELECT (SELECT COUNT(*) FROM party), (SELECT COALESCE(MAX(id), 0) FROM party),"
            + " (SELECT COUNT(*) FROM agency), (SELECT COALESCE(SUM(version), 0) FROM agency),"
            + " (SELECT COALESCE(MAX(id), 0) FROM agency)";

    private final JdbcTemplate jdbc;
    private final PartyRepository parties;
    private final AgencyRepository agencies;
    private volatile Read last = new Read(List.of(), null, null);

    SharedReferenceData(JdbcTemplate jdbc, PartyRepository parties, AgencyRepository agencies) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.agencies = agencies;
    }

    List<Party> parties() {
        return current().parties();
    }

    /** Every agency with its party. */
    List<Agency> agencies() {
        return current().agencies();
    }

    private Read current() {
        List<Long> revision = jdbc.queryForObject(REVISION, (rs, row) -> List.of(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        Read seen = last;
        if (seen.parties() != null && seen.revision().equals(revision)) {
            return seen;
        }
        Read fresh = new Read(revision, List.copyOf(parties.findAllByOrderByIdAsc()),
                List.copyOf(agencies.findAllWithParty()));
        last = fresh;
        return fresh;
    }

    private record Read(List<Long> revision, List<Party> parties, List<Agency> agencies) {
    }
}
