package org.accord.agreement;

import static org.accord.shared.TypedText.blankToNull;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.audit.ChangeHistory;
import org.accord.audit.FieldChange;
import org.accord.audit.HistoryLine;
import org.accord.people.Agency;
import org.accord.people.Directory;
import org.accord.people.Party;
import org.accord.people.PersonRef;
import org.accord.people.ReferenceData;
import org.accord.shared.BulkReads;
import org.accord.shared.CheckedEvidence;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.TypedText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The agreement registry: agreements, their commitments, governance body and signed text. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Agreements {

    static final String SUBJECT = "AGREEMENT";
    /** The largest signed text accepted: 20 MB. */
    public static final long MAX_TEXT_BYTES = AgreementText.MAX_BYTES;
    private static final String MAY_EDIT = "hasAnyRole('ADMIN','PROGRAM_MANAGER')";
    /** DESIGN.md §4, audit trail: an agreement's history is for administrators and program managers. */
    private static final String MAY_READ_HISTORY = "hasAnyRole('ADMIN','PROGRAM_MANAGER')";

    private final AgreementRepository agreements;
    private final CommitmentRepository commitments;
    private final GovernanceBodyRepository governanceBodies;
    private final AgreementTextRepository texts;
    private final ReferenceData referenceData;
    private final Directory directory;
    private final ChangeHistory history;
    private final Clock clock;
    private final SharedChoices choices;

    Agreements(AgreementRepository agreements, CommitmentRepository commitments,
               GovernanceBodyRepository governanceBodies, AgreementTextRepository texts, ReferenceData referenceData,
               Directory directory, ChangeHistory history, ObjectProvider<Clock> clock, SharedChoices choices) {
        this.choices = choices;
        this.agreements = agreements;
        this.commitments = commitments;
        this.governanceBodies = governanceBodies;
        this.texts = texts;
        this.referenceData = referenceData;
        this.directory = directory;
        this.history = history;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** By code unless the caller sorts, then by code among equals, so that pages neither overlap nor skip. */
    public List<AgreementRow> page(AgreementFilter filter, Pageable pageable) {
        Sort sort = pageable.getSort().and(Sort.by("code"));
        Pageable ordered = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
        return agreements.search(filter.textPattern(), filter.kind(), filter.status(), ordered);
    }

    public int count(AgreementFilter filter) {
        return (int) agreements.countMatching(filter.textPattern(), filter.kind(), filter.status());
    }

    public Optional<Long> idOf(String code) {
        return agreements.findByCode(code).map(Agreement::getId);
    }

    public AgreementDetail detail(long id) {
        Agreement agreement = load(id);
        var governance = governanceBodies.findByAgreement(id).map(this::view);
        return new AgreementDetail(agreement.getId(), agreement.getVersion(), agreement.getCode(), agreement.getTitleEn(),
                agreement.getTitleEs(), agreement.getKind(), agreement.getSignedOn(), agreement.getSignedPlace(),
                agreement.getStatus(), agreement.getSummaryEn(), agreement.getSummaryEs(), agreement.getLink(),
                agreement.getSignatories().stream().map(Signatory::view).toList(),
                agreement.getCommitments().stream().map(Commitment::ref).toList(), governance,
                texts.findInfo(id));
    }

    /** Every commitment of every agreement, for choosers and filters. */
    public List<CommitmentRef> commitments() {
        return choices().commitments();
    }

    /**
     * Every agreement and commitment, by code, for the filters and forms that offer them: shared by every screen of
     * the node and read again once changed.
     */
    public AgreementChoices choices() {
        return BulkReads.perRequest(AgreementChoices.class, () -> choices.current(() -> new AgreementChoices(
                List.copyOf(page(AgreementFilter.all(), Pageable.unpaged())),
                commitments.findAllWithAgreement().stream().map(Commitment::ref).toList())));
    }

    public List<CommitmentRef> commitmentsOf(long agreementId) {
        return commitments.findByAgreement(agreementId).stream().map(Commitment::ref).toList();
    }

    /**
     * The commitments a list scoped by {@code agreementId} and {@code commitmentId} (either may be null) covers: the
     * agreement's, the one commitment (with an agreement, only if it is the agreement's: else none), or empty for any.
     */
    public Optional<Set<Long>> commitmentScope(Long agreementId, Long commitmentId) {
        if (agreementId == null) {
            return Optional.ofNullable(commitmentId).map(Set::of);
        }
        Set<Long> ofAgreement = commitmentsOf(agreementId).stream().map(CommitmentRef::id).collect(Collectors.toSet());
        if (commitmentId == null) {
            return Optional.of(ofAgreement);
        }
        return Optional.of(ofAgreement.contains(commitmentId) ? Set.of(commitmentId) : Set.of());
    }

    public List<CommitmentRef> commitments(List<Long> ids) {
        return ids.isEmpty() ? List.of() : BulkReads.once(new ChosenCommitments(Set.copyOf(ids)),
                () -> commitments.findWithAgreement(ids).stream().map(Commitment::ref).toList());
    }

    /** All agreements by code, for filters: a portfolio has tens of them, not thousands. */
    public List<AgreementRow> all() {
        return choices().agreements();
    }

    public AgreementDraft edit(long id) {
        Agreement agreement = load(id);
        AgreementDraft draft = new AgreementDraft();
        draft.setId(agreement.getId());
        draft.setVersion(agreement.getVersion());
        draft.setCode(agreement.getCode());
        draft.setTitleEn(agreement.getTitleEn());
        draft.setTitleEs(agreement.getTitleEs());
        draft.setKind(agreement.getKind());
        draft.setSignedOn(agreement.getSignedOn());
        draft.setSignedPlace(agreement.getSignedPlace());
        draft.setStatus(agreement.getStatus());
        draft.setSummaryEn(agreement.getSummaryEn());
        draft.setSummaryEs(agreement.getSummaryEs());
        draft.setLink(agreement.getLink());
        draft.setSignatories(agreement.getSignatories().stream()
                .map(signatory -> {
                    var view = signatory.view();
                    return new SignatoryDraft(view.partyCode(), view.personName(), view.personTitle(), view.agencyCode());
                }).toList());
        return draft;
    }

    @Transactional
    @PreAuthorize(MAY_EDIT)
    public long save(@Valid AgreementDraft draft) {
        String code = draft.getCode().strip();
        Agreement agreement;
        if (draft.isNew()) {
            if (agreements.existsByCodeIgnoreCase(code)) {
                throw new InvalidInputException("code", "agreement.code.taken");
            }
            agreement = new Agreement();
        } else {
            agreement = load(draft.getId());
            if (agreement.getVersion() != draft.getVersion()) {
                throw new EditConflictException("agreement", draft.getId());
            }
            if (agreements.existsByCodeIgnoreCaseAndIdNot(code, agreement.getId())) {
                throw new InvalidInputException("code", "agreement.code.taken");
            }
        }
        draft.setCode(code);
        List<FieldChange> changes = new ArrayList<>(agreement.apply(draft));
        changes.add(agreement.replaceSignatories(signatories(draft.getSignatories(), agreement.getSignatories())));
        Agreement saved = flush(agreement, draft.getId());
        history.record(SUBJECT, saved.getId(), directory.myUsername(), changes, null);
        return saved.getId();
    }

    public CommitmentDraft editCommitment(long commitmentId) {
        return commitments.findById(commitmentId).map(Commitment::draft)
                .orElseThrow(() -> new EditConflictException("commitment", commitmentId));
    }

    @Transactional
    @PreAuthorize(MAY_EDIT)
    public long saveCommitment(long agreementId, @Valid CommitmentDraft draft) {
        Agreement agreement = load(agreementId);
        Commitment commitment;
        if (draft.isNew()) {
            if (commitments.existsByAgreementIdAndNumber(agreementId, draft.getNumber())) {
                throw new InvalidInputException("number", "commitment.number.taken");
            }
            commitment = new Commitment(agreement);
        } else {
            commitment = commitments.findById(draft.getId())
                    .filter(found -> found.getAgreement().getId().equals(agreementId))
                    .orElseThrow(() -> new EditConflictException("commitment", draft.getId()));
            if (commitment.getVersion() != draft.getVersion()) {
                throw new EditConflictException("commitment", draft.getId());
            }
            if (commitments.existsByAgreementIdAndNumberAndIdNot(agreementId, draft.getNumber(), draft.getId())) {
                throw new InvalidInputException("number", "commitment.number.taken");
            }
        }
        var changes = commitment.apply(draft).stream()
                .map(change -> new FieldChange("commitment " + draft.getNumber() + ": " + change.field(),
                        change.before(), change.after()))
                .toList();
        try {
            commitment = commitments.saveAndFlush(commitment);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflictException("commitment", draft.getId());
        } catch (DataIntegrityViolationException raced) {
            throw new InvalidInputException("number", "commitment.number.taken");
        }
        history.record(SUBJECT, agreementId, directory.myUsername(), changes, null);
        return commitment.getId();
    }

    public GovernanceDraft editGovernance(long agreementId) {
        load(agreementId);
        var draft = new GovernanceDraft();
        governanceBodies.findByAgreement(agreementId).ifPresent(body -> {
            draft.setVersion(body.getVersion());
            draft.setNameEn(body.getNameEn());
            draft.setNameEs(body.getNameEs());
            draft.setCadence(body.getCadence());
            Map<Long, String> partyCodes = referenceData.parties().stream()
                    .collect(Collectors.toMap(Party::getId, Party::getCode));
            var coChairs = new LinkedHashMap<String, Long>();
            body.getCoChairs().forEach((partyId, userId) -> coChairs.put(partyCodes.get(partyId), userId));
            draft.setCoChairIds(coChairs);
            draft.setMemberIds(body.getMembers());
        });
        return draft;
    }

    @Transactional
    @PreAuthorize(MAY_EDIT)
    public void saveGovernance(long agreementId, @Valid GovernanceDraft draft) {
        Agreement agreement = load(agreementId);
        GovernanceBody body = governanceBodies.findByAgreement(agreementId).orElseGet(() -> new GovernanceBody(agreement));
        if (draft.exists() != body.isStored() || body.getVersion() != draft.getVersion()) {
            throw new EditConflictException("governance body", agreementId);
        }
        List<Party> allParties = referenceData.parties();
        Map<String, Party> parties = allParties.stream()
                .collect(Collectors.toMap(Party::getCode, Function.identity()));
        Set<Long> everyone = new HashSet<>(draft.getMemberIds());
        draft.getCoChairIds().values().stream().filter(Objects::nonNull).forEach(everyone::add);
        everyone.addAll(body.getCoChairs().values());
        everyone.addAll(body.getMembers());
        Map<Long, PersonRef> people = directory.find(everyone);
        Map<Long, Long> coChairs = new LinkedHashMap<>();
        draft.getCoChairIds().forEach((partyCode, userId) -> {
            if (userId == null) {
                return;
            }
            Party party = parties.get(partyCode);
            PersonRef person = Optional.ofNullable(people.get(userId)).filter(PersonRef::enabled)
                    .orElseThrow(() -> new InvalidInputException("coChair." + partyCode, "governance.co-chair.inactive"));
            if (party == null || person.partyId() != party.getId()) {
                throw new InvalidInputException("coChair." + partyCode, "governance.co-chair.other-party");
            }
            coChairs.put(party.getId(), userId);
        });
        for (Long memberId : draft.getMemberIds()) {
            Optional.ofNullable(people.get(memberId)).filter(PersonRef::enabled)
                    .orElseThrow(() -> new InvalidInputException("members", "governance.member.inactive"));
        }
        String coChairsBefore = describeCoChairs(body.getCoChairs(), allParties, people);
        String membersBefore = describeMembers(body.getMembers(), people);
        var changes = new ArrayList<>(body.apply(draft, coChairs));
        changes.add(FieldChange.of("governance.coChairs", coChairsBefore,
                describeCoChairs(coChairs, allParties, people)));
        changes.add(FieldChange.of("governance.members", membersBefore, describeMembers(body.getMembers(), people)));
        try {
            governanceBodies.saveAndFlush(body);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
            throw new EditConflictException("governance body", agreementId);
        }
        history.record(SUBJECT, agreementId, directory.myUsername(), changes, null);
    }

    /**
     * Stores the signed text; only a PDF (by its content, not its name) of at most 20 MB. {@code loadedVersion} is the
     * version of the text the user saw ({@link DocumentInfo#version()}), null when there was none: if someone
     * replaced it meanwhile, this is a conflict.
     */
    @Transactional
    @PreAuthorize(MAY_EDIT)
    public void attachText(long agreementId, Long loadedVersion, String filename, byte[] content) {
        load(agreementId);
        if (content != null && content.length > AgreementText.MAX_BYTES) {
            throw new InvalidInputException("text", "agreement.text.too-large");
        }
        if (!AgreementText.isPdf(content)) {
            throw new InvalidInputException("text", "agreement.text.not-pdf");
        }
        String typed = TypedText.line("text", filename, CheckedEvidence.MAX_NAME_LENGTH);
        String name = typed == null ? "agreement.pdf" : typed;
        AgreementText text = texts.findById(agreementId).orElseGet(() -> new AgreementText(agreementId));
        if (!Objects.equals(text.getVersion(), loadedVersion)) {
            throw new EditConflictException("agreement text", agreementId);
        }
        String before = text.describe();
        String by = directory.myUsername();
        text.replace(name, content, clock.instant(), by);
        try {
            texts.saveAndFlush(text);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
            throw new EditConflictException("agreement text", agreementId);
        }
        history.record(SUBJECT, agreementId, by, List.of(FieldChange.of("text", before, text.describe())), null);
    }

    /** The signed text's file name and bytes, if one was uploaded. */
    public Optional<SignedText> text(long agreementId) {
        return texts.findById(agreementId).map(text -> new SignedText(text.getFilename(), text.getContent()));
    }

    /** Whether the signed-in person may read agreements' history. */
    public boolean mayReadHistory() {
        return directory.me().isAdminOrProgramManager();
    }

    @PreAuthorize(MAY_READ_HISTORY)
    public List<HistoryLine> history(long agreementId) {
        load(agreementId);
        return history.of(SUBJECT, agreementId, directory.me().partyId());
    }

    /** The signatories of the drafts; an inactive agency only where a signatory of {@code current} names it. */
    private List<Signatory> signatories(List<SignatoryDraft> drafts, List<Signatory> current) {
        Set<String> named = current.stream().map(Signatory::agencyCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, Party> parties = referenceData.parties().stream()
                .collect(Collectors.toMap(Party::getCode, Function.identity()));
        Map<String, Agency> agencies = referenceData.agencies().stream()
                .collect(Collectors.toMap(Agency::getCode, Function.identity()));
        List<Signatory> result = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            SignatoryDraft draft = drafts.get(i);
            Party party = parties.get(draft.partyCode());
            if (party == null) {
                throw new InvalidInputException("signatories", "user.party.required");
            }
            Agency agency = draft.agencyCode() == null ? null : agencies.get(draft.agencyCode());
            if (agency != null && !agency.belongsTo(party)) {
                throw new InvalidInputException("signatories", "user.agency.other-party");
            }
            if (agency != null && !agency.isActive() && !named.contains(agency.getCode())) {
                throw new InvalidInputException("signatories", "agency.inactive");
            }
            result.add(new Signatory(party, draft.personName().strip(), blankToNull(draft.personTitle()),
                    agency, i));
        }
        return result;
    }

    private Agreement flush(Agreement agreement, Long id) {
        try {
            return agreements.saveAndFlush(agreement);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflictException("agreement", id);
        } catch (DataIntegrityViolationException raced) {
            throw new InvalidInputException("code", "agreement.code.taken");
        }
    }

    /** "US: Alan Bersin; MX: Coordinación de Aduanas", for the history: names, not ids. */
    private static String describeCoChairs(Map<Long, Long> coChairs, List<Party> parties, Map<Long, PersonRef> people) {
        String described = parties.stream().filter(party -> coChairs.containsKey(party.getId()))
                .map(party -> party.getCode() + ": " + nameOf(coChairs.get(party.getId()), people))
                .collect(Collectors.joining("; "));
        return described.isEmpty() ? null : described;
    }

    private static String describeMembers(Set<Long> members, Map<Long, PersonRef> people) {
        String described = members.stream().map(member -> nameOf(member, people)).sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining("; "));
        return described.isEmpty() ? null : described;
    }

    private static String nameOf(long userId, Map<Long, PersonRef> people) {
        PersonRef person = people.get(userId);
        return person == null ? "#" + userId : person.displayName();
    }

    private GovernanceView view(GovernanceBody body) {
        Map<Long, String> partyCodes = referenceData.parties().stream()
                .collect(Collectors.toMap(Party::getId, Party::getCode));
        Set<Long> everyone = new HashSet<>(body.getMembers());
        everyone.addAll(body.getCoChairs().values());
        Map<Long, PersonRef> people = directory.find(everyone);
        Map<String, PersonRef> coChairs = new LinkedHashMap<>();
        body.getCoChairs().forEach((partyId, userId) -> Optional.ofNullable(people.get(userId))
                .ifPresent(person -> coChairs.put(partyCodes.get(partyId), person)));
        List<PersonRef> members = body.getMembers().stream().map(people::get).filter(Objects::nonNull)
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName())).toList();
        return new GovernanceView(body.getNameEn(), body.getNameEs(), body.getCadence(), coChairs, members);
    }

    private Agreement load(long id) {
        return agreements.findById(id).orElseThrow(() -> new EditConflictException("agreement", id));
    }

    private record ChosenCommitments(Set<Long> ids) {
    }
}
