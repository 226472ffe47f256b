package org.accord.people;

import java.util.List;
import org.accord.shared.BulkReads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Parties and agencies, for choosing in forms and filters: the node's shared copy ({@link SharedReferenceData}),
 * so no transaction of its own. The lists and their entities are shared by every caller: read them, never change
 * them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReferenceData {

    private final SharedReferenceData shared;

    ReferenceData(SharedReferenceData shared) {
        this.shared = shared;
    }

    public List<Party> parties() {
        return BulkReads.perRequest(Party.class, shared::parties);
    }

    /** All agencies, active or not, each with its party loaded: for showing what records name. */
    public List<Agency> agencies() {
        return BulkReads.perRequest(Agency.class, shared::agencies);
    }

    public List<Agency> agenciesOf(Party party) {
        return agencies().stream().filter(agency -> agency.belongsTo(party)).toList();
    }

    /** The agencies to choose from in forms and filters: the active ones. */
    public List<Agency> activeAgencies() {
        return agencies().stream().filter(Agency::isActive).toList();
    }
}
