package org.accord.people;

import java.util.List;
import org.accord.shared.BulkReads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Parties and agencies, for choosing in forms and filters. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReferenceData {

    private final PartyRepository parties;
    private final AgencyRepository agencies;

    ReferenceData(PartyRepository parties, AgencyRepository agencies) {
        this.parties = parties;
        this.agencies = agencies;
    }

    public List<Party> parties() {
        return BulkReads.once(Party.class, parties::findAllByOrderByIdAsc);
    }

    /** All agencies, active or not, each with its party loaded: for showing what records name. */
    public List<Agency> agencies() {
        return BulkReads.once(Agency.class, agencies::findAllWithParty);
    }

    public List<Agency> agenciesOf(Party party) {
        return agencies().stream().filter(agency -> agency.belongsTo(party)).toList();
    }

    /** The agencies to choose from in forms and filters: the active ones. */
    public List<Agency> activeAgencies() {
        return agencies().stream().filter(Agency::isActive).toList();
    }
}
