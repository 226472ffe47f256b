package org.accord.milestone;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.accord.agreement.Agreements;
import org.accord.audit.FieldChange;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.Directory;
import org.accord.shared.AllPages;
import org.accord.shared.CheckedEvidence;
import org.accord.shared.EditConflictException;
import org.accord.shared.EvidenceContent;
import org.accord.shared.EvidenceFile;
import org.accord.shared.InvalidInputException;
import org.accord.shared.MayReadReplica;
import org.accord.shared.TypedText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestones of initiatives and their log: the initiative's managers (program managers, its oversight
 * leads) add, edit, re-baseline, record progress, log notes and attach evidence; everyone signed in reads.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MilestonePlan {

    public static final long MAX_EVIDENCE_BYTES = CheckedEvidence.MAX_BYTES;
    private static final int INITIATIVES_PER_QUERY = 500;

    private final MilestoneRepository milestones;
    private final MilestoneSearch search;
    private final MilestoneLogRepository log;
    private final MilestoneEvidenceRepository evidence;
    private final InitiativeHeadingRepository initiatives;
    private final InitiativePortfolio portfolio;
    private final Agreements agreements;
    private final Directory directory;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final AllPages allPages;
    private final Clock clock;

    MilestonePlan(MilestoneRepository milestones, MilestoneSearch search, MilestoneLogRepository log,
                  MilestoneEvidenceRepository evidence,
                  InitiativeHeadingRepository initiatives, InitiativePortfolio portfolio, Agreements agreements, Directory directory, Validator validator,
                  ApplicationEventPublisher events, AllPages allPages, ObjectProvider<Clock> clock) {
        this.milestones = milestones;
        this.search = search;
        this.log = log;
        this.evidence = evidence;
        this.initiatives = initiatives;
        this.portfolio = portfolio;
        this.agreements = agreements;
        this.directory = directory;
        this.validator = validator;
        this.events = events;
        this.allPages = allPages;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The initiative's milestones by baseline date, the percent done by weight, and whether the viewer manages them. */
    public InitiativeMilestones ofInitiative(long initiativeId) {
        boolean mayManage = portfolio.mayManage(initiativeId);
        LocalDate today = today();
        List<Milestone> all = milestones.findOfInitiative(initiativeId);
        return new InitiativeMilestones(all.stream().map(milestone -> milestone.row(today)).toList(),
                percentDone(all), mayManage);
    }

    /** One milestone as lists show it. */
    public MilestoneRow row(long milestoneId) {
        return load(milestoneId).row(today());
    }

    /** The milestones of many initiatives, a few hundred initiatives a query: what an import compares with. */
    public List<MilestoneRow> ofInitiatives(Collection<Long> initiativeIds) {
        LocalDate today = today();
        List<Long> ids = List.copyOf(initiativeIds);
        List<MilestoneRow> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += INITIATIVES_PER_QUERY) {
            milestones.findOfInitiatives(ids.subList(from, Math.min(ids.size(), from + INITIATIVES_PER_QUERY)))
                    .forEach(milestone -> rows.add(milestone.row(today)));
        }
        return rows;
    }

    public MilestoneDraft edit(long milestoneId) {
        MilestoneRow row = load(milestoneId).row(today());
        var draft = new MilestoneDraft();
        draft.setId(row.id());
        draft.setVersion(row.version());
        draft.setTitleEn(row.titleEn());
        draft.setTitleEs(row.titleEs());
        draft.setDescription(row.description());
        draft.setOwnerSide(row.ownerSide());
        draft.setBaselineDate(row.baselineDate());
        draft.setForecastDate(row.forecastDate());
        draft.setWeight(row.weight());
        return draft;
    }

    /** Adds a milestone to the initiative or edits one of its milestones; the baseline moves only by re-baselining. */
    @Transactional
    public long save(long initiativeId, MilestoneDraft draft) {
        portfolio.requireManager(initiativeId);
        refuseInvalid(draft);
        Milestone milestone;
        if (draft.isNew()) {
            milestone = new Milestone(initiatives.findById(initiativeId)
                    .orElseThrow(() -> new EditConflictException("initiative", initiativeId)), draft.getBaselineDate());
        } else {
            milestone = loadForChange(draft.getId(), draft.getVersion());
            if (milestone.getInitiative().getId() != initiativeId) {
                throw new EditConflictException("milestone", draft.getId());
            }
            if (!milestone.getBaselineDate().equals(draft.getBaselineDate())) {
                throw new InvalidInputException("baselineDate", "milestone.baseline.use-rebaseline");
            }
        }
        LocalDate start = milestone.getInitiative().getStartDate();
        refuseBeforeStart("baselineDate", draft.getBaselineDate(), start);
        refuseBeforeStart("forecastDate", draft.getForecastDate(), start);
        long slippageBefore = draft.isNew() ? 0 : milestone.schedule(today()).slippageDays();
        List<FieldChange> changes = new ArrayList<>(draft.isNew()
                ? List.of(FieldChange.of("baselineDate", null, draft.getBaselineDate())) : List.of());
        changes.addAll(milestone.apply(draft));
        milestone = saveAndFlush(milestone);
        write(milestone, changes, null, null);
        publishSlippage(milestone, slippageBefore);
        return milestone.getId();
    }

    /** Moves the baseline; the reason is kept in the log. */
    @Transactional
    public void rebaseline(long milestoneId, long expectedVersion, LocalDate newBaseline, String reason) {
        Milestone milestone = loadForChange(milestoneId, expectedVersion);
        String clean = TypedText.requiredLines("rebaselineReason", reason, 1000,
                "milestone.rebaseline.reason-required");
        if (newBaseline == null) {
            throw new InvalidInputException("baselineDate", "milestone.baseline.required");
        }
        refuseBeforeStart("baselineDate", newBaseline, milestone.getInitiative().getStartDate());
        List<FieldChange> changes = milestone.rebaseline(newBaseline);
        milestone = saveAndFlush(milestone);
        write(milestone, changes, null, clean);
    }

    /** Status, forecast and actual date, with an optional note, in one log entry. */
    @Transactional
    public void recordProgress(long milestoneId, long expectedVersion, MilestoneStatus status, LocalDate forecast,
                               LocalDate actual, String note) {
        Milestone milestone = loadForChange(milestoneId, expectedVersion);
        if (status == null) {
            throw new InvalidInputException("status", "milestone.status.required");
        }
        if (actual != null && actual.isAfter(today())) {
            throw new InvalidInputException("actualDate", "milestone.actual.future");
        }
        if (status == MilestoneStatus.DONE && actual == null) {
            throw new InvalidInputException("actualDate", "milestone.actual.required");
        }
        if (status != MilestoneStatus.DONE && actual != null) {
            throw new InvalidInputException("actualDate", "milestone.actual.only-done");
        }
        refuseBeforeStart("forecastDate", forecast, milestone.getInitiative().getStartDate());
        String cleanNote = note(note, false);
        MilestoneStatus before = milestone.getStatus();
        long slippageBefore = milestone.schedule(today()).slippageDays();
        List<FieldChange> changes = milestone.progress(status, forecast, actual);
        milestone = saveAndFlush(milestone);
        write(milestone, changes, cleanNote, null);
        publishSlippage(milestone, slippageBefore);
        if (status == MilestoneStatus.MISSED && before != MilestoneStatus.MISSED) {
            events.publishEvent(new MilestoneMissed(milestone.getId(), milestone.getInitiative().getId()));
        }
    }

    /** A note in the log that changes nothing else, so it never conflicts with someone else's edit. */
    @Transactional
    public void logNote(long milestoneId, String note) {
        Milestone milestone = load(milestoneId);
        portfolio.requireManager(milestone.getInitiative().getId());
        log.save(new MilestoneLogEntry(milestoneId, directory.myUsername(), clock.instant(), null,
                note(note, true), null));
    }

    /** Newest first. */
    public List<LogLine> log(long milestoneId) {
        load(milestoneId);
        return log.findNewestFirst(milestoneId).stream().map(MilestoneLogEntry::line).toList();
    }

    /** Stores a PDF, PNG, JPEG or plain text file of at most 10 MB, recognised by its content. */
    @Transactional
    public long attachEvidence(long milestoneId, String fileName, byte[] content) {
        Milestone milestone = load(milestoneId);
        portfolio.requireManager(milestone.getInitiative().getId());
        var file = CheckedEvidence.check(fileName, content, "milestone.evidence.too-large", "milestone.evidence.kind");
        String me = directory.myUsername();
        var stored = evidence.save(new MilestoneEvidence(milestoneId, file, me, clock.instant()));
        log.save(new MilestoneLogEntry(milestoneId, me, clock.instant(), "evidence: " + file.fileName(), null, null));
        return stored.file().id();
    }

    public List<EvidenceFile> evidence(long milestoneId) {
        load(milestoneId);
        return evidence.findFiles(milestoneId);
    }

    public Optional<EvidenceContent> downloadEvidence(long evidenceId) {
        return evidence.findById(evidenceId).map(MilestoneEvidence::download);
    }

    /** One page of milestones across the portfolio, filtered and sorted in the database, without counting. */
    public List<MilestoneRow> page(MilestoneFilter filter, Pageable pageable) {
        Optional<Set<Long>> commitments = commitmentScope(filter);
        if (commitments.isPresent() && commitments.get().isEmpty() || isEmptyScope(filter)) {
            return List.of();
        }
        LocalDate today = today();
        return search.page(scope(filter, commitments, today), inStableOrder(pageable)).stream()
                .map(milestone -> milestone.row(today)).toList();
    }

    /**
     * Every milestone the filter matches, in the list's order ({@code sort}, then baseline date and id), handed to
     * {@code batch} a few hundred at a time: what an export writes, the same rows as every page of the list.
     */
    @MayReadReplica
    public void export(MilestoneFilter filter, Sort sort, Consumer<List<MilestoneRow>> batch) {
        allPages.read(sort, pageable -> page(filter, pageable), batch);
    }

    public int count(MilestoneFilter filter) {
        Optional<Set<Long>> commitments = commitmentScope(filter);
        if (commitments.isPresent() && commitments.get().isEmpty() || isEmptyScope(filter)) {
            return 0;
        }
        return (int) search.count(scope(filter, commitments, today()));
    }

    private static MilestoneSearch.Scope scope(MilestoneFilter filter, Optional<Set<Long>> commitments, LocalDate today) {
        return new MilestoneSearch.Scope(today, dueUntil(filter, today), filter.overdue(), filter.slipped(),
                filter.side(), commitments.orElse(null), filter.initiativeIds());
    }

    private static boolean isEmptyScope(MilestoneFilter filter) {
        return filter.initiativeIds() != null && filter.initiativeIds().isEmpty();
    }

    private static LocalDate dueUntil(MilestoneFilter filter, LocalDate today) {
        return filter.dueWithinDays() == null ? null : today.plusDays(filter.dueWithinDays());
    }

    private Optional<Set<Long>> commitmentScope(MilestoneFilter filter) {
        return agreements.commitmentScope(filter.agreementId(), filter.commitmentId());
    }

    /** By baseline date unless the caller sorts, then by id among equals, so that pages neither overlap nor skip. */
    private static Pageable inStableOrder(Pageable pageable) {
        Sort sort = pageable.getSort().and(Sort.by("baselineDate")).and(Sort.by("id"));
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }

    static int percentDone(List<Milestone> all) {
        int total = all.stream().filter(m -> m.getStatus() != MilestoneStatus.CANCELLED)
                .mapToInt(Milestone::getWeight).sum();
        int done = all.stream().filter(m -> m.getStatus() == MilestoneStatus.DONE).mapToInt(Milestone::getWeight).sum();
        return total == 0 ? 0 : Math.round(100f * done / total);
    }

    private void publishSlippage(Milestone milestone, long slippageBefore) {
        long slippage = milestone.schedule(today()).slippageDays();
        if (slippage > 0 && slippage > slippageBefore) {
            MilestoneRow row = milestone.row(today());
            events.publishEvent(new MilestoneSlipped(row.id(), row.initiativeId(), row.baselineDate(),
                    row.baselineDate().plusDays(slippage), slippage));
        }
    }

    private void write(Milestone milestone, List<FieldChange> changes, String note, String rebaselineReason) {
        String text = changes.stream().filter(FieldChange::isChange)
                .map(change -> change.field() + ": " + (change.before() == null ? "—" : change.before()) + " → "
                        + (change.after() == null ? "—" : change.after()))
                .collect(Collectors.joining("\n"));
        if (text.isEmpty() && note == null && rebaselineReason == null) {
            return;
        }
        log.save(new MilestoneLogEntry(milestone.getId(), directory.myUsername(), clock.instant(),
                text.isEmpty() ? null : text, note, rebaselineReason));
    }

    private String note(String note, boolean required) {
        return required ? TypedText.requiredLines("note", note, 4000, "milestone.note.required")
                : TypedText.lines("note", note, 4000);
    }

    private void refuseInvalid(MilestoneDraft draft) {
        validator.validate(draft).stream()
                .min(Comparator.comparing((ConstraintViolation<MilestoneDraft> violation) ->
                        violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    String template = violation.getMessageTemplate();
                    throw new InvalidInputException(violation.getPropertyPath().toString(),
                            template.substring(1, template.length() - 1));
                });
    }

    private static void refuseBeforeStart(String field, LocalDate date, LocalDate start) {
        if (date != null && start != null && date.isBefore(start)) {
            throw new InvalidInputException(field, "milestone.date.before-start");
        }
    }

    private Milestone saveAndFlush(Milestone milestone) {
        try {
            return milestones.saveAndFlush(milestone);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflictException("milestone", milestone.getId());
        }
    }

    /** The milestone, once the signed-in person may manage its initiative and it has not changed since opened. */
    private Milestone loadForChange(long id, long expectedVersion) {
        Milestone milestone = load(id);
        portfolio.requireManager(milestone.getInitiative().getId());
        if (milestone.getVersion() != expectedVersion) {
            throw new EditConflictException("milestone", id);
        }
        return milestone;
    }

    private Milestone load(long id) {
        return milestones.findById(id).orElseThrow(() -> new EditConflictException("milestone", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
