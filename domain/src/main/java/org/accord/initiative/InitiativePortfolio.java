package org.accord.initiative;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.agreement.Agreements;
import org.accord.agreement.CommitmentRef;
import org.accord.audit.ChangeHistory;
import org.accord.audit.FieldChange;
import org.accord.audit.HistoryLine;
import org.accord.people.Agency;
import org.accord.people.Directory;
import org.accord.people.Party;
import org.accord.people.PersonRef;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.shared.AllPages;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.MayReadReplica;
import org.accord.shared.TypedText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The initiatives portfolio: program managers create and edit initiatives and assign their oversight
 * leads; a lead updates status, health and notes of what they lead; everyone signed in reads.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class InitiativePortfolio {

    static final String SUBJECT = "INITIATIVE";
    private static final String MAY_EDIT = "hasAnyRole('ADMIN','PROGRAM_MANAGER')";
    private static final String MAY_READ_HISTORY = "hasAnyRole('ADMIN','PROGRAM_MANAGER','OVERSIGHT_LEAD')";
    private static final int CODES_PER_QUERY = 500;

    private final InitiativeRepository initiatives;
    private final OversightAssignmentRepository assignments;
    private final InitiativeNoteRepository notes;
    private final Agreements agreements;
    private final ReferenceData referenceData;
    private final Directory directory;
    private final ChangeHistory history;
    private final AllPages allPages;
    private final EntityManager entityManager;
    private final Clock clock;

    InitiativePortfolio(InitiativeRepository initiatives, OversightAssignmentRepository assignments,
                        InitiativeNoteRepository notes, Agreements agreements, ReferenceData referenceData,
                        Directory directory, ChangeHistory history, AllPages allPages, EntityManager entityManager,
                        ObjectProvider<Clock> clock) {
        this.initiatives = initiatives;
        this.assignments = assignments;
        this.notes = notes;
        this.agreements = agreements;
        this.referenceData = referenceData;
        this.directory = directory;
        this.history = history;
        this.allPages = allPages;
        this.entityManager = entityManager;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** One page: the initiatives, then their lead agencies, leads and people in one query each. */
    public List<InitiativeRow> page(InitiativeFilter filter, Pageable pageable) {
        Optional<Set<Long>> commitmentIds = commitmentScope(filter);
        if (commitmentIds.isPresent() && commitmentIds.get().isEmpty()) {
            return List.of();
        }
        List<InitiativeColumns> page = commitmentIds.isPresent()
                ? initiatives.searchServing(filter.textPattern(), filter.status(), filter.health(), commitmentIds.get(),
                        filter.leadAgencyId(), filter.leadId(), inStableOrder(pageable))
                : initiatives.search(filter.textPattern(), filter.status(), filter.health(), filter.leadAgencyId(),
                        filter.leadId(), inStableOrder(pageable));
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, String> partyCodes = partyCodes();
        Map<Long, String> agencyCodes = referenceData.agencies().stream()
                .collect(Collectors.toMap(Agency::getId, Agency::getCode));
        List<Long> ids = page.stream().map(InitiativeColumns::id).toList();
        Map<Long, Map<String, String>> leadAgencies = new HashMap<>();
        initiatives.findLeadAgencies(ids).forEach(row -> leadAgencies
                .computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
                .put(partyCodes.get((Long) row[1]), agencyCodes.get((Long) row[2])));
        List<Object[]> currentLeads = assignments.findCurrentLeads(ids);
        Map<Long, PersonRef> people = directory.find(currentLeads.stream().map(row -> (Long) row[2])
                .collect(Collectors.toSet()));
        Map<Long, Map<String, String>> leads = new HashMap<>();
        currentLeads.forEach(row -> leads.computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
                .put(partyCodes.get((Long) row[1]), people.get((Long) row[2]).displayName()));
        return page.stream().map(initiative -> new InitiativeRow(initiative.id(), initiative.code(),
                initiative.titleEn(), initiative.titleEs(), initiative.status(), initiative.health(),
                initiative.priority(), initiative.startDate(), initiative.targetEndDate(),
                leadAgencies.getOrDefault(initiative.id(), Map.of()), leads.getOrDefault(initiative.id(), Map.of())))
                .toList();
    }

    /**
     * Every initiative the filter matches, in the list's order ({@code sort}, then by code), handed to
     * {@code batch} a few hundred at a time: what an export writes, the same rows as every page of the list.
     */
    @MayReadReplica
    public void export(InitiativeFilter filter, Sort sort, Consumer<List<InitiativeRow>> batch) {
        allPages.read(sort, pageable -> page(filter, pageable), batch);
    }

    public int count(InitiativeFilter filter) {
        Optional<Set<Long>> commitmentIds = commitmentScope(filter);
        if (commitmentIds.isPresent() && commitmentIds.get().isEmpty()) {
            return 0;
        }
        return (int) (commitmentIds.isPresent()
                ? initiatives.countServing(filter.textPattern(), filter.status(), filter.health(), commitmentIds.get(),
                        filter.leadAgencyId(), filter.leadId())
                : initiatives.countMatching(filter.textPattern(), filter.status(), filter.health(),
                        filter.leadAgencyId(), filter.leadId()));
    }

    public Optional<Long> idOf(String code) {
        return initiatives.findIdByCode(code);
    }

    public InitiativeDetail detail(long id) {
        Initiative initiative = load(id);
        PersonRef me = directory.me();
        Map<Long, String> partyCodes = partyCodes();
        Map<Long, String> agencyCodes = referenceData.agencies().stream()
                .collect(Collectors.toMap(Agency::getId, Agency::getCode));
        Map<String, String> leadAgencies = new LinkedHashMap<>();
        initiative.getLeadAgencyIds().forEach((party, agency) -> leadAgencies.put(partyCodes.get(party), agencyCodes.get(agency)));
        List<OversightAssignment> current = assignments.findCurrent(List.of(id));
        Map<Long, PersonRef> people = directory.find(current.stream().map(OversightAssignment::getLeadId).toList());
        Map<String, PersonRef> leads = new LinkedHashMap<>();
        current.forEach(assignment -> leads.put(partyCodes.get(assignment.getPartyId()), people.get(assignment.getLeadId())));
        boolean mayEdit = me.isAdminOrProgramManager();
        boolean leadsIt = me.has(Role.OVERSIGHT_LEAD) && InitiativeStates.leadsMayChange(initiative.getStatus())
                && current.stream().anyMatch(assignment -> assignment.getLeadId() == me.id());
        return new InitiativeDetail(initiative.getId(), initiative.getVersion(), initiative.getCode(),
                initiative.getTitleEn(), initiative.getTitleEs(), initiative.getDescriptionEn(),
                initiative.getDescriptionEs(), initiative.getStatus(), initiative.getHealth(),
                initiative.getHealthReason(), initiative.getStartDate(), initiative.getTargetEndDate(),
                initiative.getPriority(), agreements.commitments(List.copyOf(initiative.getCommitmentIds())),
                leadAgencies, leads, mayEdit, mayEdit || leadsIt);
    }

    public InitiativeDraft edit(long id) {
        return draftOf(load(id), partyCodes(), assignments.findCurrent(List.of(id)));
    }

    /**
     * What {@link #edit} gives, for each of these codes that an initiative has, keyed by the code in lower case:
     * a few queries for a few hundred codes, for an import that compares a whole spreadsheet with the portfolio.
     */
    @PreAuthorize(MAY_EDIT)
    public Map<String, InitiativeDraft> editByCodes(Collection<String> codes) {
        Map<Long, String> partyCodes = partyCodes();
        List<String> lowerCase = codes.stream().map(code -> code.toLowerCase(Locale.ROOT)).distinct().toList();
        Map<String, InitiativeDraft> drafts = new HashMap<>();
        for (int from = 0; from < lowerCase.size(); from += CODES_PER_QUERY) {
            List<Initiative> found = initiatives.findByLowerCaseCodeIn(
                    lowerCase.subList(from, Math.min(lowerCase.size(), from + CODES_PER_QUERY)));
            if (found.isEmpty()) {
                continue;
            }
            Map<Long, List<OversightAssignment>> current = assignments
                    .findCurrent(found.stream().map(Initiative::getId).toList()).stream()
                    .collect(Collectors.groupingBy(assignment -> assignment.getInitiative().getId()));
            found.forEach(initiative -> drafts.put(initiative.getCode().toLowerCase(Locale.ROOT),
                    draftOf(initiative, partyCodes, current.getOrDefault(initiative.getId(), List.of()))));
        }
        return drafts;
    }

    private static InitiativeDraft draftOf(Initiative initiative, Map<Long, String> partyCodes,
                                           List<OversightAssignment> currentLeads) {
        var draft = new InitiativeDraft();
        draft.setId(initiative.getId());
        draft.setVersion(initiative.getVersion());
        draft.setCode(initiative.getCode());
        draft.setTitleEn(initiative.getTitleEn());
        draft.setTitleEs(initiative.getTitleEs());
        draft.setDescriptionEn(initiative.getDescriptionEn());
        draft.setDescriptionEs(initiative.getDescriptionEs());
        draft.setCommitmentIds(initiative.getCommitmentIds());
        Map<String, Long> leadAgencies = new LinkedHashMap<>();
        initiative.getLeadAgencyIds().forEach((party, agency) -> leadAgencies.put(partyCodes.get(party), agency));
        draft.setLeadAgencyIds(leadAgencies);
        Map<String, Long> leads = new LinkedHashMap<>();
        currentLeads.forEach(assignment -> leads.put(partyCodes.get(assignment.getPartyId()), assignment.getLeadId()));
        draft.setLeadIds(leads);
        draft.setStatus(initiative.getStatus());
        draft.setHealth(initiative.getHealth());
        draft.setHealthReason(initiative.getHealthReason());
        draft.setStartDate(initiative.getStartDate());
        draft.setTargetEndDate(initiative.getTargetEndDate());
        draft.setPriority(initiative.getPriority());
        return draft;
    }

    /** Creates or edits an initiative with its lead agencies and one oversight lead per party. */
    @Transactional
    @PreAuthorize(MAY_EDIT)
    public long save(@Valid InitiativeDraft draft) {
        String code = draft.getCode().strip();
        draft.setCode(code);
        checkDatesAndHealth(draft);
        List<CommitmentRef> chosen = agreements.commitments(List.copyOf(draft.getCommitmentIds()));
        if (chosen.size() != draft.getCommitmentIds().size()) {
            throw new InvalidInputException("commitmentIds", "initiative.commitments.required");
        }
        // Parties and agencies read once for the checks and the history: imports save thousands in a row.
        List<Party> partyList = referenceData.parties();
        List<Agency> agencies = referenceData.agencies();
        Map<String, Party> parties = partyList.stream().collect(Collectors.toMap(Party::getCode, Function.identity()));
        Map<Long, Long> leadAgencyIds = leadAgencies(draft, parties, agencies, draft.isNew() ? Map.of()
                : initiatives.findById(draft.getId()).map(Initiative::getLeadAgencyIds).orElse(Map.of()));
        Map<Party, PersonRef> leads = leads(draft, parties);
        Initiative initiative;
        if (draft.isNew()) {
            if (initiatives.existsByCode(code)) {
                throw new InvalidInputException("code", "initiative.code.taken");
            }
            InitiativeStates.requireSameCancellation(null, draft.getStatus());
            initiative = new Initiative();
        } else {
            initiative = loadForChange(draft.getId(), draft.getVersion());
            if (initiatives.existsByCodeAndIdNot(code, initiative.getId())) {
                throw new InvalidInputException("code", "initiative.code.taken");
            }
            InitiativeStates.requireSameCancellation(initiative.getStatus(), draft.getStatus());
        }
        List<FieldChange> changes = new ArrayList<>(initiative.apply(draft, leadAgencyIds,
                describer(partyList, agencies, chosen)));
        try {
            initiative = initiatives.saveAndFlush(initiative);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflictException("initiative", draft.getId());
        } catch (DataIntegrityViolationException raced) {
            throw new InvalidInputException("code", "initiative.code.taken");
        }
        String me = directory.myUsername();
        List<OversightAssignment> current = draft.isNew() ? List.of()
                : assignments.findCurrent(List.of(initiative.getId()));
        for (var lead : leads.entrySet()) {
            changes.addAll(assign(initiative, lead.getKey(), lead.getValue(), me, current));
        }
        history.record(SUBJECT, initiative.getId(), me, changes, null);
        return initiative.getId();
    }

    /** Hands the initiative to another oversight lead for a party; the previous lead's period ends now. */
    @Transactional
    @PreAuthorize(MAY_EDIT)
    public void assignLead(long initiativeId, long expectedVersion, String partyCode, long leadId) {
        Initiative initiative = loadForChange(initiativeId, expectedVersion);
        Party party = referenceData.parties().stream().filter(candidate -> candidate.getCode().equals(partyCode))
                .findFirst().orElseThrow(() -> new InvalidInputException("lead." + partyCode, "initiative.lead.not-eligible"));
        PersonRef lead = eligibleLead(partyCode, directory.find(leadId), party);
        String me = directory.myUsername();
        history.record(SUBJECT, initiativeId, me,
                assign(initiative, party, lead, me, assignments.findCurrent(List.of(initiativeId))), null);
    }

    /** Status and health: what the initiative's oversight leads may change, besides program managers. */
    @Transactional
    public void updateProgress(long initiativeId, long expectedVersion, InitiativeStatus status, Health health,
                               String reason) {
        PersonRef me = directory.me();
        InitiativeStates.requireNotCancelled(load(initiativeId).getStatus());
        requireLeadOrManager(initiativeId, me);
        if (status == null) {
            throw new InvalidInputException("status", "initiative.status.required");
        }
        if (status == InitiativeStatus.CANCELLED) {
            throw new InvalidInputException("status", "initiative.cancel.use-cancel");
        }
        if (health == null) {
            throw new InvalidInputException("health", "initiative.health.required");
        }
        String clean = TypedText.lines("healthReason", reason, 1000);
        if (health.needsReason() && clean == null) {
            throw new InvalidInputException("healthReason", "initiative.reason.required");
        }
        Initiative initiative = loadForChange(initiativeId, expectedVersion);
        history.record(SUBJECT, initiativeId, me.username(), initiative.progress(status, health, clean), null);
    }

    /** Cancels instead of deleting: the initiative, its leads and history stay. */
    @Transactional
    @PreAuthorize(MAY_EDIT)
    public void cancel(long initiativeId, long expectedVersion, String reason) {
        String clean = TypedText.requiredLines("reason", reason, 1000, "initiative.cancel.reason-required");
        Initiative initiative = loadForChange(initiativeId, expectedVersion);
        List<FieldChange> changes = new ArrayList<>(
                initiative.progress(InitiativeStatus.CANCELLED, initiative.getHealth(), initiative.getHealthReason()));
        changes.add(FieldChange.of("cancellationReason", null, clean));
        history.record(SUBJECT, initiativeId, directory.myUsername(), changes, null);
    }

    /** Brings a cancelled initiative back to {@code status}; the reason goes to the history, as a cancellation's does. */
    @Transactional
    @PreAuthorize(MAY_EDIT)
    public void reopen(long initiativeId, long expectedVersion, InitiativeStatus status, String reason) {
        if (status == null || status == InitiativeStatus.CANCELLED) {
            throw new InvalidInputException("status", "initiative.reopen.status-required");
        }
        String clean = TypedText.requiredLines("reason", reason, 1000, "initiative.reopen.reason-required");
        Initiative initiative = loadForChange(initiativeId, expectedVersion);
        if (initiative.getStatus() != InitiativeStatus.CANCELLED) {
            throw new InvalidInputException("status", "initiative.reopen.not-cancelled");
        }
        List<FieldChange> changes = new ArrayList<>(
                initiative.progress(status, initiative.getHealth(), initiative.getHealthReason()));
        changes.add(FieldChange.of("reopeningReason", null, clean));
        history.record(SUBJECT, initiativeId, directory.myUsername(), changes, null);
    }

    /** Shared notes reach both parties; internal ones only the author's party, in the history too. */
    @Transactional
    public void addNote(long initiativeId, boolean internal, String body) {
        PersonRef me = directory.me();
        requireLeadOrManager(initiativeId, me);
        String clean = TypedText.requiredLines("note", body, 4000, "initiative.note.required");
        Initiative initiative = load(initiativeId);
        notes.save(new InitiativeNote(initiative, me.username(), me.partyId(), internal, clean, clock.instant()));
        history.record(SUBJECT, initiativeId, me.username(),
                List.of(FieldChange.of(internal ? "internalNote" : "sharedNote", null, clean)),
                internal ? me.partyId() : null);
    }

    /**
     * Whether the signed-in person may manage the initiative's plan (milestones, progress): administrators and
     * program managers on every initiative, oversight leads (holding the role now) on those they currently lead
     * and that are not cancelled.
     */
    public boolean mayManage(long initiativeId) {
        Initiative initiative = load(initiativeId);
        PersonRef me = directory.me();
        return me.isAdminOrProgramManager() || leadsNow(initiative, me);
    }

    /** Refuses, as the services of other features must, someone who may not manage the initiative. */
    public void requireManager(long initiativeId) {
        if (!mayManage(initiativeId)) {
            throw new AccessDeniedException("Only the initiative's oversight leads and program managers may do this");
        }
    }

    public List<NoteView> notes(long initiativeId) {
        load(initiativeId);
        Map<Long, String> partyCodes = partyCodes();
        return notes.findVisible(initiativeId, directory.me().partyId()).stream()
                .map(note -> note.view(partyCodes.get(note.getPartyId()))).toList();
    }

    public List<LeadPeriod> leadHistory(long initiativeId) {
        load(initiativeId);
        Map<Long, String> partyCodes = partyCodes();
        List<OversightAssignment> periods = assignments.findHistory(initiativeId);
        Map<Long, PersonRef> people = directory.find(periods.stream().map(OversightAssignment::getLeadId)
                .collect(Collectors.toSet()));
        return periods.stream().map(period -> new LeadPeriod(partyCodes.get(period.getPartyId()), period.getLeadId(),
                people.get(period.getLeadId()).displayName(), period.getAssignedBy(), period.getStartedAt(),
                period.getEndedAt(), period.getEndedBy())).toList();
    }

    /**
     * Whether the signed-in person may read the initiative's history, and so that of its tasks (DESIGN.md §4,
     * audit trail): administrators and program managers all, oversight leads what they currently lead.
     */
    public boolean mayReadHistory(long initiativeId) {
        load(initiativeId);
        PersonRef me = directory.me();
        return me.isAdminOrProgramManager()
                || me.has(Role.OVERSIGHT_LEAD) && assignments.isCurrentLead(initiativeId, me.id());
    }

    /** Refuses, as the services of other features must, someone who may not read the initiative's history. */
    public void requireHistoryReader(long initiativeId) {
        if (!mayReadHistory(initiativeId)) {
            throw new AccessDeniedException("Only administrators, program managers and the initiative's oversight"
                    + " leads may read its history");
        }
    }

    @PreAuthorize(MAY_READ_HISTORY)
    public List<HistoryLine> history(long initiativeId) {
        requireHistoryReader(initiativeId);
        return history.of(SUBJECT, initiativeId, directory.me().partyId());
    }

    /** Per commitment of an agreement: how many initiatives that are not cancelled serve it. */
    public List<CommitmentCoverage> coverage(long agreementId) {
        List<CommitmentRef> commitments = agreements.commitmentsOf(agreementId);
        if (commitments.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        initiatives.countPerCommitment(commitments.stream().map(CommitmentRef::id).toList())
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return commitments.stream()
                .map(commitment -> new CommitmentCoverage(commitment, counts.getOrDefault(commitment.id(), 0L)))
                .toList();
    }

    /** The commitments the filter narrows to (its agreement's or its one commitment), or empty: any commitment. */
    private Optional<Set<Long>> commitmentScope(InitiativeFilter filter) {
        if (filter.commitmentId() != null) {
            return Optional.of(Set.of(filter.commitmentId()));
        }
        if (filter.agreementId() != null) {
            return Optional.of(agreements.commitmentsOf(filter.agreementId()).stream().map(CommitmentRef::id)
                    .collect(Collectors.toSet()));
        }
        return Optional.empty();
    }

    /** By code unless the caller sorts, then by code among equals: a page must not depend on the database's mood. */
    private static Pageable inStableOrder(Pageable pageable) {
        Sort sort = pageable.getSort().and(Sort.by("code"));
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }

    /** Describes with what the save already read: its parties, agencies and chosen commitments. */
    private Initiative.Describer describer(List<Party> parties, List<Agency> agencies, List<CommitmentRef> chosen) {
        Set<Long> chosenIds = chosen.stream().map(CommitmentRef::id).collect(Collectors.toSet());
        return new Initiative.Describer() {
            @Override
            public String commitments(Set<Long> ids) {
                if (ids.isEmpty()) {
                    return null;
                }
                List<CommitmentRef> refs = ids.equals(chosenIds) ? chosen : agreements.commitments(List.copyOf(ids));
                return refs.stream().map(commitment -> commitment.agreementCode() + " · " + commitment.number())
                        .collect(Collectors.joining(", "));
            }

            @Override
            public String leadAgencies(Map<Long, Long> byParty) {
                if (byParty.isEmpty()) {
                    return null;
                }
                Map<Long, String> partyCodes = parties.stream().collect(Collectors.toMap(Party::getId, Party::getCode));
                Map<Long, String> agencyCodes = agencies.stream()
                        .collect(Collectors.toMap(Agency::getId, Agency::getCode));
                return byParty.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(entry -> partyCodes.get(entry.getKey()) + ": " + agencyCodes.get(entry.getValue()))
                        .collect(Collectors.joining(", "));
            }
        };
    }

    private void checkDatesAndHealth(InitiativeDraft draft) {
        if (draft.getStartDate() != null && draft.getTargetEndDate() != null
                && draft.getTargetEndDate().isBefore(draft.getStartDate())) {
            throw new InvalidInputException("targetEndDate", "initiative.dates.order");
        }
        if (draft.getHealth().needsReason() && draft.getHealthReason() == null) {
            throw new InvalidInputException("healthReason", "initiative.reason.required");
        }
    }

    /** Each party's lead agency; an inactive one only where it already leads ({@code current}, by party id). */
    private Map<Long, Long> leadAgencies(InitiativeDraft draft, Map<String, Party> parties, List<Agency> all,
                                         Map<Long, Long> current) {
        Map<Long, Agency> agencies = all.stream().collect(Collectors.toMap(Agency::getId, Function.identity()));
        Map<Long, Long> result = new LinkedHashMap<>();
        for (Party party : parties.values()) {
            Long agencyId = draft.getLeadAgencyIds().get(party.getCode());
            Agency agency = agencyId == null ? null : agencies.get(agencyId);
            if (agency == null) {
                throw new InvalidInputException("leadAgency." + party.getCode(), "initiative.lead-agency.required");
            }
            if (!agency.belongsTo(party)) {
                throw new InvalidInputException("leadAgency." + party.getCode(), "user.agency.other-party");
            }
            if (!agency.isActive() && !agencyId.equals(current.get(party.getId()))) {
                throw new InvalidInputException("leadAgency." + party.getCode(), "agency.inactive");
            }
            result.put(party.getId(), agencyId);
        }
        return result;
    }

    private Map<Party, PersonRef> leads(InitiativeDraft draft, Map<String, Party> parties) {
        Map<Long, PersonRef> people = directory.find(draft.getLeadIds().values().stream()
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Party, PersonRef> result = new LinkedHashMap<>();
        for (Party party : parties.values()) {
            Long leadId = draft.getLeadIds().get(party.getCode());
            if (leadId == null) {
                throw new InvalidInputException("lead." + party.getCode(), "initiative.lead.required");
            }
            result.put(party, eligibleLead(party.getCode(), Optional.ofNullable(people.get(leadId)), party));
        }
        return result;
    }

    /** An active user of that party with the oversight lead role. */
    private static PersonRef eligibleLead(String partyCode, Optional<PersonRef> lead, Party party) {
        return lead.filter(person -> person.enabled() && person.partyId() == party.getId()
                        && person.has(Role.OVERSIGHT_LEAD))
                .orElseThrow(() -> new InvalidInputException("lead." + partyCode, "initiative.lead.not-eligible"));
    }

    /** {@code currentOfInitiative}: the initiative's current assignments, of every party. */
    private List<FieldChange> assign(Initiative initiative, Party party, PersonRef lead, String assignedBy,
                                     List<OversightAssignment> currentOfInitiative) {
        var now = clock.instant();
        List<OversightAssignment> current = currentOfInitiative.stream()
                .filter(assignment -> assignment.getPartyId() == party.getId()).toList();
        if (current.size() == 1 && current.getFirst().getLeadId() == lead.id()) {
            return List.of();
        }
        Map<Long, PersonRef> previous = current.isEmpty() ? Map.of()
                : directory.find(current.stream().map(OversightAssignment::getLeadId).toList());
        current.forEach(assignment -> assignment.end(now, assignedBy));
        assignments.save(new OversightAssignment(initiative, party.getId(), lead.id(), assignedBy, now));
        String before = current.isEmpty() ? null : previous.get(current.getFirst().getLeadId()).displayName();
        return List.of(FieldChange.of("lead." + party.getCode(), before, lead.displayName()));
    }

    /**
     * Rights follow the current role and the current assignment (an open period of someone no longer a lead gives
     * none), and end while the initiative is cancelled.
     */
    private boolean leadsNow(Initiative initiative, PersonRef me) {
        return me.has(Role.OVERSIGHT_LEAD) && InitiativeStates.leadsMayChange(initiative.getStatus())
                && assignments.isCurrentLead(initiative.getId(), me.id());
    }

    private void requireLeadOrManager(long initiativeId, PersonRef me) {
        if (!me.isAdminOrProgramManager() && !leadsNow(load(initiativeId), me)) {
            throw new AccessDeniedException("Only the initiative's oversight leads and program managers may do this");
        }
    }

    /** The initiative as the change was made on it, its version claimed: leads and notes changes count as changes. */
    private Initiative loadForChange(long id, long expectedVersion) {
        if (initiatives.claimVersion(id, expectedVersion) != 1) {
            throw new EditConflictException("initiative", id);
        }
        Initiative initiative = load(id);
        if (initiative.getVersion() != expectedVersion + 1) {
            // Loaded earlier in the same transaction (the demo loader does this): read it again as claimed.
            entityManager.refresh(initiative);
        }
        return initiative;
    }

    private Initiative load(long id) {
        return initiatives.findById(id).orElseThrow(() -> new EditConflictException("initiative", id));
    }

    private Map<Long, String> partyCodes() {
        return referenceData.parties().stream().collect(Collectors.toMap(Party::getId, Party::getCode));
    }
}
