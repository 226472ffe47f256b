package org.accord.people;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.accord.audit.ChangeHistory;
import org.accord.audit.FieldChange;
import org.accord.audit.HistoryLine;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The agencies of each party, administered by that party's administrators: code, names in both languages, parent
 * agency, active or not, each change in the history. An agency that anything names is deactivated, never deleted.
 */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
public class AgencyAdministration {

    static final String SUBJECT = "AGENCY";

    private final AgencyRepository agencies;
    private final UserAccountRepository users;
    private final ChangeHistory history;

    AgencyAdministration(AgencyRepository agencies, UserAccountRepository users, ChangeHistory history) {
        this.agencies = agencies;
        this.users = users;
        this.history = history;
    }

    /** The agencies of both parties, by party and code; inactive ones only when asked for. */
    @Transactional(readOnly = true)
    public List<AgencyRow> list(boolean withInactive) {
        return agencies.findAllWithPartyAndParent().stream().filter(agency -> withInactive || agency.isActive())
                .map(AgencyRow::of).toList();
    }

    @Transactional(readOnly = true)
    public AgencyDraft edit(long id) {
        return AgencyDraft.of(agencies.findWithParent(id).orElseThrow(() -> new InvalidInputException("code",
                "agency.gone")));
    }

    /** A new agency of the administrator's own party. */
    @Transactional(readOnly = true)
    public AgencyDraft create() {
        return AgencyDraft.newOf(myParty().getCode());
    }

    /** Whether the signed-in administrator may change the agencies of {@code partyCode}: their own party's. */
    @Transactional(readOnly = true)
    public boolean administers(String partyCode) {
        return myParty().getCode().equals(partyCode);
    }

    /** Whether anything names the agency: then it can be deactivated, not deleted. */
    @Transactional(readOnly = true)
    public boolean inUse(long id) {
        return agencies.inUse(id) == 1;
    }

    /** What the agency may be placed under: the party's active agencies, not itself nor any of its sub-agencies. */
    @Transactional(readOnly = true)
    public List<Agency> parentChoices(Long agencyId) {
        Party mine = myParty();
        List<Agency> all = agencies.findAllWithPartyAndParent();
        Set<Long> below = agencyId == null ? Set.of() : itselfAndBelow(agencyId, all);
        return all.stream().filter(agency -> agency.belongsTo(mine) && agency.isActive())
                .filter(agency -> !below.contains(agency.getId())).toList();
    }

    @Transactional(readOnly = true)
    public List<HistoryLine> history(long id) {
        return history.of(SUBJECT, id, myParty().getId());
    }

    /** Creates the agency when the draft is new, otherwise applies the draft if nobody saved the agency meanwhile. */
    @Transactional
    public AgencyRow save(@Valid AgencyDraft draft) {
        Party mine = myParty();
        Agency agency;
        List<FieldChange> changes = new ArrayList<>();
        if (draft.isNew()) {
            String code = draft.getCode().strip().toUpperCase(Locale.ROOT);
            if (agencies.existsByCodeIgnoreCase(code)) {
                throw new InvalidInputException("code", "agency.code.taken");
            }
            agency = new Agency(mine, code);
            changes.add(FieldChange.of("code", null, code));
        } else {
            agency = loadForChange(draft.getId(), draft.getVersion());
            requireOwnParty(agency, mine);
        }
        Agency parent = parentOf(draft, agency, mine);
        changes.add(FieldChange.of("nameEn", agency.getNameEn(), draft.getNameEn().strip()));
        changes.add(FieldChange.of("nameEs", agency.getNameEs(), draft.getNameEs().strip()));
        changes.add(FieldChange.of("parent", code(agency.getParent()), code(parent)));
        agency.describe(draft.getNameEn().strip(), draft.getNameEs().strip(), parent);
        Agency saved = flush(agency);
        history.record(SUBJECT, saved.getId(), CurrentUser.username(), changes, null);
        return AgencyRow.of(saved);
    }

    /** Takes the agency out of every choice; what already names it keeps it. */
    @Transactional
    public void deactivate(long id, long expectedVersion) {
        setActive(id, expectedVersion, false);
    }

    @Transactional
    public void activate(long id, long expectedVersion) {
        setActive(id, expectedVersion, true);
    }

    /** Deletes an agency nothing names, such as one created by mistake. */
    @Transactional
    public void delete(long id, long expectedVersion) {
        Agency agency = loadForChange(id, expectedVersion);
        requireOwnParty(agency, myParty());
        if (inUse(id)) {
            throw new InvalidInputException("active", "agency.delete.in-use");
        }
        history.record(SUBJECT, id, CurrentUser.username(), List.of(FieldChange.of("code", agency.getCode(), null)),
                null);
        agencies.delete(agency);
        agencies.flush();
    }

    private void setActive(long id, long expectedVersion, boolean active) {
        Agency agency = loadForChange(id, expectedVersion);
        requireOwnParty(agency, myParty());
        if (agency.isActive() != active) {
            FieldChange change = activation(agency, active);
            flush(agency);
            history.record(SUBJECT, id, CurrentUser.username(), List.of(change), null);
        }
    }

    private FieldChange activation(Agency agency, boolean active) {
        if (!active && agencies.hasActiveSubAgencies(agency.getId())) {
            throw new InvalidInputException("active", "agency.deactivate.sub-agencies");
        }
        if (active && agency.getParent() != null && !agency.getParent().isActive()) {
            throw new InvalidInputException("active", "agency.activate.parent-inactive");
        }
        var change = FieldChange.of("active", agency.isActive(), active);
        agency.setActive(active);
        return change;
    }

    private Agency parentOf(AgencyDraft draft, Agency agency, Party mine) {
        if (draft.getParent() == null) {
            return null;
        }
        Agency parent = agencies.findById(draft.getParent().getId())
                .orElseThrow(() -> new InvalidInputException("parent", "agency.parent.unknown"));
        if (!parent.belongsTo(mine)) {
            throw new InvalidInputException("parent", "agency.parent.other-party");
        }
        boolean unchanged = Objects.equals(parent, agency.getParent());
        if (!parent.isActive() && !unchanged) {
            throw new InvalidInputException("parent", "agency.parent.inactive");
        }
        if (agency.getId() != null && itselfAndBelow(agency.getId(), agencies.findAllWithPartyAndParent())
                .contains(parent.getId())) {
            throw new InvalidInputException("parent", "agency.parent.cycle");
        }
        return parent;
    }

    private static Set<Long> itselfAndBelow(long id, List<Agency> all) {
        Set<Long> found = new HashSet<>(Set.of(id));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Agency agency : all) {
                Agency parent = agency.getParent();
                if (parent != null && found.contains(parent.getId()) && found.add(agency.getId())) {
                    grew = true;
                }
            }
        }
        return found;
    }

    private Agency flush(Agency agency) {
        try {
            return agencies.saveAndFlush(agency);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflictException("agency", agency.getId());
        }
    }

    private Agency load(long id) {
        return agencies.findById(id).orElseThrow(() -> new InvalidInputException("code", "agency.gone"));
    }

    private Agency loadForChange(long id, long expectedVersion) {
        Agency agency = load(id);
        if (agency.getVersion() != expectedVersion) {
            throw new EditConflictException("agency", id);
        }
        return agency;
    }

    private static void requireOwnParty(Agency agency, Party mine) {
        if (!agency.belongsTo(mine)) {
            throw new AccessDeniedException("Each party administers its own agencies: " + agency.getCode()
                    + " belongs to " + agency.getParty().getCode());
        }
    }

    private Party myParty() {
        return users.findByUsername(CurrentUser.username()).map(UserAccount::getParty)
                .orElseThrow(() -> new AccessDeniedException("The signed-in account no longer exists"));
    }

    private static String code(Agency agency) {
        return agency == null ? null : agency.getCode();
    }
}
