package org.accord.progress;

import static org.accord.progress.UpdateTranslations.languageOf;
import static org.accord.progress.UpdateTranslations.partyLanguage;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accord.initiative.InitiativeDetail;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeRow;
import org.accord.initiative.InitiativeStatus;
import org.accord.people.Directory;
import org.accord.people.Language;
import org.accord.people.Party;
import org.accord.people.PersonRef;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.progress.UpdateTranslations.Translated;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.TypedText;
import org.accord.task.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Progress updates: each party's current oversight lead of an active initiative writes one per open period and
 * submits it; program managers return it with a comment or approve it, which locks it. Everyone signed in reads
 * submitted updates; a draft is seen only by its own party.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProgressUpdates {

    private static final String MAY_DECIDE = "hasAnyRole('ADMIN','PROGRAM_MANAGER')";

    private final ProgressUpdateRepository updates;
    private final ReportingPeriodRepository periods;
    private final InitiativePortfolio portfolio;
    private final ReferenceData referenceData;
    private final Directory directory;
    private final UpdateTranslations translations;
    private final Clock clock;

    ProgressUpdates(ProgressUpdateRepository updates, ReportingPeriodRepository periods, InitiativePortfolio portfolio,
                    ReferenceData referenceData, Directory directory, UpdateTranslations translations,
                    ObjectProvider<Clock> clock) {
        this.updates = updates;
        this.periods = periods;
        this.portfolio = portfolio;
        this.referenceData = referenceData;
        this.directory = directory;
        this.translations = translations;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The active initiatives the signed-in person leads, with their own party's update in the period. */
    public List<UpdateToWrite> toWrite(long periodId, Pageable pageable) {
        PersonRef me = directory.me();
        List<InitiativeRow> rows = portfolio.page(ledBy(me), pageable);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, UpdateState> states = updates.findOfInitiatives(periodId, ids(rows)).stream()
                .filter(update -> update.getPartyId() == me.partyId())
                .collect(Collectors.toMap(ProgressUpdate::getInitiativeId, ProgressUpdate::getState));
        return rows.stream().map(row -> new UpdateToWrite(periodId, row.id(), row.code(), row.titleEn(), row.titleEs(),
                me.partyCode(), states.getOrDefault(row.id(), UpdateState.NOT_STARTED))).toList();
    }

    public int countToWrite() {
        return portfolio.count(ledBy(directory.me()));
    }

    /** Per active initiative, the state of each party's update in the period, as the viewer may see it. */
    @PreAuthorize(MAY_DECIDE)
    public List<PeriodOverviewRow> overview(long periodId, Pageable pageable) {
        List<InitiativeRow> rows = portfolio.page(active(), pageable);
        if (rows.isEmpty()) {
            return List.of();
        }
        long myParty = directory.me().partyId();
        Map<Long, String> partyCodes = partyCodes();
        Map<Long, Map<String, UpdateState>> states = new HashMap<>();
        updates.findOfInitiatives(periodId, ids(rows)).forEach(update -> states
                .computeIfAbsent(update.getInitiativeId(), id -> new HashMap<>())
                .put(partyCodes.get(update.getPartyId()), visibleState(update, myParty)));
        return rows.stream().map(row -> new PeriodOverviewRow(periodId, row.id(), row.code(), row.titleEn(),
                row.titleEs(), Map.copyOf(states.getOrDefault(row.id(), Map.of())))).toList();
    }

    @PreAuthorize(MAY_DECIDE)
    public int countOverview() {
        return portfolio.count(active());
    }

    /** One party's update as the viewer may see it; an empty one when nobody has written it yet. */
    public ProgressUpdateView update(long periodId, long initiativeId, String partyCode) {
        ReportingPeriod period = period(periodId);
        InitiativeDetail initiative = portfolio.detail(initiativeId);
        Party party = party(partyCode);
        PersonRef me = directory.me();
        Optional<ProgressUpdate> update = updates.find(periodId, initiativeId, party.getId());
        Map<Long, Translated> translated = translations.of(update.map(ProgressUpdate::getId).stream().toList());
        Language newOnesIn = partyCode.equals(me.partyCode()) ? authorsLanguage() : partyLanguage(partyCode);
        return view(period, initiative, partyCode, update, me,
                update.map(found -> translated.get(found.getId())).orElse(Translated.NONE), newOnesIn);
    }

    /** The updates of an initiative in every period, both parties, as the viewer may see them; latest first. */
    public List<ProgressUpdateView> ofInitiative(long initiativeId) {
        InitiativeDetail initiative = portfolio.detail(initiativeId);
        PersonRef me = directory.me();
        Map<Long, String> partyCodes = partyCodes();
        List<ProgressUpdate> found = updates.findOfInitiative(initiativeId);
        Map<Long, Translated> translated = translations.of(found.stream().map(ProgressUpdate::getId).toList());
        return found.stream()
                .map(update -> view(update.getPeriod(), initiative, partyCodes.get(update.getPartyId()),
                        Optional.of(update), me, translated.getOrDefault(update.getId(), Translated.NONE), null))
                .filter(view -> view.id() != null).toList();
    }

    /**
     * Writes the translation of a submitted update into the other language, or corrects it; the update itself
     * stays as it was. Its author may, and the person asked to translate it, whose task for it is then done.
     */
    @Transactional
    public void translate(long updateId, TranslationDraft draft) {
        PersonRef me = directory.me();
        ProgressUpdate update = visible(updateId, me);
        translations.translate(update, languageOf(update, partyCodes().get(update.getPartyId())), draft, me);
    }

    /**
     * The author of a submitted update, or a program manager of its country, asks {@code username} (someone of
     * that country who may be given tasks) to translate it: they get a task for it. Returns the task's id.
     */
    @Transactional
    public long assignTranslator(long updateId, String username) {
        PersonRef me = directory.me();
        ProgressUpdate update = visible(updateId, me);
        String initiativeCode = portfolio.detail(update.getInitiativeId()).code();
        Language original = languageOf(update, partyCodes().get(update.getPartyId()));
        return translations.assign(update, original, initiativeCode, username, me);
    }

    /** Active people of the country who may be asked to translate its updates, by name; at most {@code limit}. */
    public List<PersonRef> translatorChoices(String partyCode, String text, int limit) {
        return Tasks.ASSIGNABLE.stream()
                .flatMap(role -> directory.choosable(role, partyCode, text, limit).stream())
                .collect(Collectors.toMap(PersonRef::id, person -> person, (a, b) -> a))
                .values().stream().sorted(Comparator.comparing(PersonRef::displayName)).limit(limit).toList();
    }

    /** The update, unless it is a draft of another party: as far as the viewer knows, that does not exist. */
    private ProgressUpdate visible(long updateId, PersonRef me) {
        return updates.findById(updateId)
                .filter(update -> update.getPartyId() == me.partyId() || update.getState().isSubmitted())
                .orElseThrow(() -> new EditConflictException("progress update", updateId));
    }

    private static ProgressUpdateView view(ReportingPeriod period, InitiativeDetail initiative, String partyCode,
                                           Optional<ProgressUpdate> update, PersonRef me, Translated translated,
                                           Language newOnesIn) {
        boolean ownParty = partyCode.equals(me.partyCode());
        boolean leadsIt = ownParty && isCurrentLead(initiative, partyCode, me);
        boolean mayEdit = leadsIt && period.isOpen() && initiative.status() == InitiativeStatus.ACTIVE
                && update.map(ProgressUpdate::isEditable).orElse(true);
        if (update.isEmpty() || (!ownParty && update.get().getState() == UpdateState.DRAFT)) {
            return new ProgressUpdateView(null, 0, period.getId(), period.getCode(), initiative.id(),
                    initiative.code(), partyCode, null, null, null, null, UpdateState.NOT_STARTED, !period.isOpen(),
                    null, null, null, null, null, mayEdit, false,
                    newOnesIn == null ? partyLanguage(partyCode) : newOnesIn, null, null, false, false);
        }
        ProgressUpdate found = update.get();
        boolean showContent = ownParty || found.getState().isSubmitted();
        boolean mayDecide = me.isAdminOrProgramManager() && found.getState() == UpdateState.SUBMITTED
                && !found.isLocked() && period.isOpen();
        return new ProgressUpdateView(found.getId(), found.getVersion(), period.getId(), period.getCode(),
                initiative.id(), initiative.code(), partyCode, showContent ? found.getAccomplishments() : null,
                showContent ? found.getNextSteps() : null, showContent ? found.getRisksAndIssues() : null,
                showContent ? found.getProposedHealth() : null, found.getState(), found.isLocked(),
                showContent ? found.getReturnComment() : null, found.getSubmittedBy(), found.getSubmittedAt(),
                found.getDecidedBy(), found.getDecidedAt(), mayEdit, mayDecide, languageOf(found, partyCode),
                showContent ? translated.translation() : null, showContent ? translated.translatorName() : null,
                UpdateTranslations.mayTranslate(found, translated.translatorId(), me),
                UpdateTranslations.mayAsk(found, me));
    }

    /** Saves the lead's own party's update as a draft, creating it the first time. */
    @Transactional
    public long saveDraft(long periodId, long initiativeId, @Valid ProgressUpdateDraft draft) {
        ProgressUpdate update = editable(periodId, initiativeId, draft.getVersion());
        update.write(draft);
        writtenIn(update, draft);
        return flush(update).getId();
    }

    /** Saves what the lead wrote and submits it, in one step: both or nothing. */
    @Transactional
    public long submit(long periodId, long initiativeId, @Valid ProgressUpdateDraft draft) {
        requireText(draft.getAccomplishments(), "accomplishments");
        requireText(draft.getNextSteps(), "nextSteps");
        if (draft.getProposedHealth() == null) {
            throw new InvalidInputException("proposedHealth", "progress.health.required");
        }
        ProgressUpdate update = editable(periodId, initiativeId, draft.getVersion());
        update.write(draft);
        writtenIn(update, draft);
        update.submit(directory.myUsername(), clock.instant());
        return flush(update).getId();
    }

    /** Sends a submitted update back to its lead with what to change; they may edit and submit it again. */
    @Transactional
    @PreAuthorize(MAY_DECIDE)
    public void returnUpdate(long updateId, long expectedVersion, String comment) {
        String clean = TypedText.requiredLines("returnComment", comment, 2000, "progress.return.comment-required");
        ProgressUpdate update = decidable(updateId, expectedVersion);
        update.returnWith(clean, directory.myUsername(), clock.instant());
        flush(update);
    }

    /** Accepts a submitted update; it is locked from then on. */
    @Transactional
    @PreAuthorize(MAY_DECIDE)
    public void approve(long updateId, long expectedVersion) {
        ProgressUpdate update = decidable(updateId, expectedVersion);
        update.approve(directory.myUsername(), clock.instant());
        flush(update);
    }

    /** The lead says which language they wrote in; a new update, or one stored without, takes theirs. */
    private void writtenIn(ProgressUpdate update, ProgressUpdateDraft draft) {
        if (draft.getLanguage() != null) {
            if (update.getId() != null && update.getLanguage() != null && update.getLanguage() != draft.getLanguage()
                    && translations.exists(update.getId())) {
                throw new InvalidInputException("language", "progress.language.translated");
            }
            update.writtenIn(draft.getLanguage());
        } else if (update.getLanguage() == null) {
            update.writtenIn(authorsLanguage());
        }
    }

    private Language authorsLanguage() {
        PersonRef me = directory.me();
        return directory.preferredLanguage(me.username()).orElse(partyLanguage(me.partyCode()));
    }

    private ProgressUpdate editable(long periodId, long initiativeId, long expectedVersion) {
        PersonRef me = directory.me();
        InitiativeDetail initiative = portfolio.detail(initiativeId);
        ReportingPeriod period = periods.findSharedLocked(periodId)
                .orElseThrow(() -> new EditConflictException("reporting period", periodId));
        if (!isCurrentLead(initiative, me.partyCode(), me)) {
            throw new AccessDeniedException("Only the party's current oversight lead of the initiative writes its update");
        }
        if (!period.isOpen()) {
            throw new InvalidInputException("period", "progress.period.closed");
        }
        if (initiative.status() != InitiativeStatus.ACTIVE) {
            throw new InvalidInputException("initiative", "progress.initiative.not-active");
        }
        Optional<ProgressUpdate> existing = updates.find(periodId, initiativeId, me.partyId());
        if (existing.isEmpty()) {
            if (expectedVersion != 0) {
                throw new EditConflictException("progress update", initiativeId);
            }
            return new ProgressUpdate(period, initiativeId, me.partyId(), authorsLanguage());
        }
        ProgressUpdate update = existing.get();
        if (update.getVersion() != expectedVersion) {
            throw new EditConflictException("progress update", update.getId());
        }
        refuseUnlessEditable(update);
        return update;
    }

    private static void refuseUnlessEditable(ProgressUpdate update) {
        if (update.isLocked() || update.getState() == UpdateState.APPROVED) {
            throw new InvalidInputException("update", "progress.update.locked");
        }
        if (update.getState() == UpdateState.SUBMITTED) {
            throw new InvalidInputException("update", "progress.update.submitted");
        }
    }

    private ProgressUpdate decidable(long updateId, long expectedVersion) {
        ProgressUpdate update = updates.findById(updateId)
                .orElseThrow(() -> new EditConflictException("progress update", updateId));
        if (update.getVersion() != expectedVersion) {
            throw new EditConflictException("progress update", updateId);
        }
        ReportingPeriod period = periods.findSharedLocked(update.getPeriod().getId())
                .orElseThrow(() -> new EditConflictException("reporting period", updateId));
        if (update.isLocked() || !period.isOpen()) {
            throw new InvalidInputException("update", "progress.update.locked");
        }
        if (update.getState() != UpdateState.SUBMITTED) {
            throw new InvalidInputException("update", "progress.update.not-submitted");
        }
        return update;
    }

    private ProgressUpdate flush(ProgressUpdate update) {
        try {
            return updates.saveAndFlush(update);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
            throw new EditConflictException("progress update", update.getInitiativeId());
        }
    }

    private static void requireText(String text, String field) {
        if (text == null || TypedText.showsNothing(text)) {
            throw new InvalidInputException(field, "progress." + field + ".required");
        }
    }

    private static boolean isCurrentLead(InitiativeDetail initiative, String partyCode, PersonRef me) {
        PersonRef lead = initiative.leads().get(partyCode);
        return lead != null && lead.id() == me.id() && me.has(Role.OVERSIGHT_LEAD);
    }

    /** Another party's draft is not shown for what it is: as far as the viewer knows, it is not started. */
    private static UpdateState visibleState(ProgressUpdate update, long viewerParty) {
        return update.getPartyId() != viewerParty && update.getState() == UpdateState.DRAFT
                ? UpdateState.NOT_STARTED : update.getState();
    }

    private ReportingPeriod period(long periodId) {
        return periods.findById(periodId).orElseThrow(() -> new EditConflictException("reporting period", periodId));
    }

    private Party party(String partyCode) {
        return referenceData.parties().stream().filter(party -> party.getCode().equals(partyCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException("party", "progress.party.unknown"));
    }

    private Map<Long, String> partyCodes() {
        return referenceData.parties().stream().collect(Collectors.toMap(Party::getId, Party::getCode));
    }

    private static List<Long> ids(List<InitiativeRow> rows) {
        return rows.stream().map(InitiativeRow::id).toList();
    }

    private static InitiativeFilter active() {
        return new InitiativeFilter(null, null, null, InitiativeStatus.ACTIVE, null, null, null, null);
    }

    private static InitiativeFilter ledBy(PersonRef me) {
        return active().withLead(me.id());
    }
}
