package org.accord.task;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.audit.ChangeHistory;
import org.accord.audit.FieldChange;
import org.accord.audit.HistoryLine;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.Agency;
import org.accord.people.Directory;
import org.accord.people.PersonRef;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task assignments (DESIGN.md §4): administrators, program managers and an initiative's oversight leads assign,
 * change and reassign its tasks; the assignee and those same people move status, comment and attach evidence.
 * Tasks marked internal, and internal comments, are seen only by the party that wrote them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Tasks {

    public static final long MAX_EVIDENCE_BYTES = CheckedEvidence.MAX_BYTES;
    /** The roles a task may be given to: the people who do the work, not executives or administrators only. */
    public static final Set<Role> ASSIGNABLE = EnumSet.of(Role.LIAISON, Role.OVERSIGHT_LEAD, Role.PROGRAM_MANAGER);
    static final String SUBJECT = "task";

    private final TaskRepository tasks;
    private final TaskSearch search;
    private final TaskCommentRepository comments;
    private final TaskEvidenceRepository evidence;
    private final TaskInitiativeRepository initiatives;
    private final TaskMilestoneRepository milestones;
    private final TaskPersonRepository people;
    private final InitiativePortfolio portfolio;
    private final Directory directory;
    private final ReferenceData referenceData;
    private final ChangeHistory history;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final AllPages allPages;
    private final Clock clock;

    Tasks(TaskRepository tasks, TaskSearch search, TaskCommentRepository comments, TaskEvidenceRepository evidence,
          TaskInitiativeRepository initiatives, TaskMilestoneRepository milestones, TaskPersonRepository people,
          InitiativePortfolio portfolio, Directory directory, ReferenceData referenceData, ChangeHistory history,
          Validator validator, ApplicationEventPublisher events, AllPages allPages,
          ObjectProvider<Clock> clock) {
        this.tasks = tasks;
        this.search = search;
        this.comments = comments;
        this.evidence = evidence;
        this.initiatives = initiatives;
        this.milestones = milestones;
        this.people = people;
        this.portfolio = portfolio;
        this.directory = directory;
        this.referenceData = referenceData;
        this.history = history;
        this.validator = validator;
        this.events = events;
        this.allPages = allPages;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Whether the signed-in person may hand out tasks on the initiative. */
    public boolean mayAssign(long initiativeId) {
        return portfolio.mayManage(initiativeId);
    }

    /** A new task for the initiative, due in a week. */
    public TaskDraft newDraft(long initiativeId, Long milestoneId) {
        var draft = new TaskDraft();
        draft.setInitiativeId(initiativeId);
        draft.setMilestoneId(milestoneId);
        draft.setDueDate(today().plusDays(7));
        return draft;
    }

    public TaskDraft edit(long taskId) {
        Task task = loadVisible(taskId);
        var draft = new TaskDraft();
        draft.setId(task.getId());
        draft.setVersion(task.getVersion());
        draft.setInitiativeId(task.getInitiative().getId());
        draft.setMilestoneId(task.getMilestone() == null ? null : task.getMilestone().getId());
        draft.setTitle(task.getTitle());
        draft.setDescription(task.getDescription());
        draft.setAssigneeId(task.getAssignee().getId());
        draft.setDueDate(task.getDueDate());
        draft.setPriority(task.getPriority());
        draft.setInternal(task.isInternal());
        return draft;
    }

    /** Creates a task, or changes one (a new assignee reassigns it); nothing is saved when any field is wrong. */
    @Transactional
    public long save(TaskDraft draft) {
        refuseInvalid(draft);
        PersonRef me = directory.me();
        Task task;
        boolean dueDateChanged;
        if (draft.isNew()) {
            TaskInitiative initiative = initiatives.findById(draft.getInitiativeId())
                    .orElseThrow(() -> new EditConflictException("initiative", draft.getInitiativeId()));
            if (initiative.isCancelled()) {
                throw new InvalidInputException("initiativeId", "task.initiative.cancelled");
            }
            requireAssigner(draft.getInitiativeId());
            task = new Task(initiative, me.partyId(), draft.isInternal(), me.username(), clock.instant());
            dueDateChanged = true;
        } else {
            task = loadForChange(draft.getId(), draft.getVersion());
            requireAssigner(task.getInitiative().getId());
            TaskMoves.requireOpen(task.getStatus(), "status", "task.closed.reopen-first");
            if (!task.getInitiative().getId().equals(draft.getInitiativeId())) {
                throw new InvalidInputException("initiativeId", "task.initiative.fixed");
            }
            dueDateChanged = !task.getDueDate().equals(draft.getDueDate());
        }
        if (dueDateChanged && draft.getDueDate().isBefore(today())) {
            throw new InvalidInputException("dueDate", "task.due.past");
        }
        TaskMilestone milestone = milestoneOf(draft);
        Assignee chosen = eligibleAssignee(draft.getAssigneeId());
        requireMayHave(task, chosen);
        TaskPerson assignee = chosen.row();
        Long previousAssignee = task.getAssignee() == null ? null : task.getAssignee().getId();
        List<FieldChange> changes = new ArrayList<>(task.apply(draft, milestone));
        changes.add(task.assignTo(assignee, me.username(), clock.instant()));
        task = saveAndFlush(task);
        history.record(SUBJECT, task.getId(), me.username(), changes, visibility(task));
        if (!assignee.getId().equals(previousAssignee)) {
            publishAssigned(task, draft.isNew() ? null : previousAssignee, me);
        }
        return task.getId();
    }

    /** Gives one task to someone else. */
    @Transactional
    public void reassign(long taskId, long expectedVersion, long assigneeId) {
        Task task = loadForChange(taskId, expectedVersion);
        requireAssigner(task.getInitiative().getId());
        TaskMoves.requireOpen(task.getStatus(), "assigneeId", "task.closed.reopen-first");
        Assignee assignee = eligibleAssignee(assigneeId);
        requireMayHave(task, assignee);
        reassign(task, assignee, directory.me());
    }

    /**
     * Gives several open tasks to one person, all or none: the team view's bulk assignment.
     * Returns how many changed hands.
     */
    @Transactional
    public int assignAll(Collection<Long> taskIds, long assigneeId) {
        if (taskIds.isEmpty()) {
            return 0;
        }
        PersonRef me = directory.me();
        List<Task> chosen = tasks.findWithDetailsByIdIn(new LinkedHashSet<>(taskIds));
        if (chosen.size() != new LinkedHashSet<>(taskIds).size()
                || chosen.stream().anyMatch(task -> !task.isVisibleTo(me.partyId()))) {
            throw new EditConflictException("task", taskIds.iterator().next());
        }
        Map<Long, Boolean> mayAssign = new HashMap<>();
        for (Task task : chosen) {
            if (!mayAssign.computeIfAbsent(task.getInitiative().getId(), portfolio::mayManage)) {
                throw new AccessDeniedException(
                        "Only the initiative's oversight leads and program managers assign its tasks");
            }
            TaskMoves.requireOpen(task.getStatus(), "assigneeId", "task.bulk.closed");
        }
        Assignee assignee = eligibleAssignee(assigneeId);
        chosen.forEach(task -> requireMayHave(task, assignee));
        int changed = 0;
        for (Task task : chosen) {
            if (!task.getAssignee().getId().equals(assigneeId)) {
                reassign(task, assignee, me);
                changed++;
            }
        }
        return changed;
    }

    /**
     * Moves the task on as {@link TaskMoves} allows: blocked needs a reason, done a completion note; only those who
     * assign may cancel or restore a cancelled task.
     * {@code text} is the reason or the note, and ignored for the other statuses.
     */
    @Transactional
    public void changeStatus(long taskId, long expectedVersion, TaskStatus status, String text) {
        if (status == null) {
            throw new InvalidInputException("status", "task.status.required");
        }
        Task task = loadForChange(taskId, expectedVersion);
        PersonRef me = directory.me();
        boolean assigner = portfolio.mayManage(task.getInitiative().getId());
        if (!assigner && !task.getAssignee().getId().equals(me.id())) {
            throw new AccessDeniedException("Only the assignee and the initiative's managers move a task on");
        }
        if (status == TaskStatus.CANCELLED && !assigner) {
            throw new AccessDeniedException("Only the initiative's managers cancel a task");
        }
        TaskMoves.check(task.getStatus(), status, assigner);
        String clean = TypedText.blankToNull(text);
        if (status == TaskStatus.BLOCKED) {
            clean = TypedText.requiredLines("blockedReason", text, 1000, "task.blocked.reason-required");
        }
        if (status == TaskStatus.DONE) {
            clean = TypedText.requiredLines("completionNote", text, 4000, "task.done.note-required");
        }
        TaskStatus before = task.getStatus();
        List<FieldChange> changes = task.moveTo(status, clean, clean, clock.instant());
        task = saveAndFlush(task);
        history.record(SUBJECT, task.getId(), me.username(), changes, visibility(task));
        if (before != status) {
            events.publishEvent(new TaskStatusChanged(task.getId(), task.getTitle(), task.getInitiative().getCode(),
                    task.getAssignee().getId(), task.getAssignedBy(), before, status, me.username()));
        }
    }

    /** A comment by the assignee or a manager; an internal one is seen only by the author's party. */
    @Transactional
    public long comment(long taskId, boolean internal, String body) {
        Task task = loadVisible(taskId);
        PersonRef me = requireWorker(task);
        String clean = TypedText.requiredLines("comment", body, 4000, "task.comment.required");
        var saved = comments.save(new TaskComment(task.getId(), me.username(), me.partyId(),
                internal || task.isInternal(), clean, clock.instant()));
        events.publishEvent(new TaskCommented(task.getId(), task.getTitle(), task.getInitiative().getCode(),
                task.getAssignee().getId(), saved.getId(), me.username(), me.partyId(), internal || task.isInternal()));
        return saved.getId();
    }

    /** Stores a PDF, PNG, JPEG or plain text file of at most 10 MB, recognised by its content. */
    @Transactional
    public long attachEvidence(long taskId, String fileName, byte[] content) {
        Task task = loadVisible(taskId);
        PersonRef me = requireWorker(task);
        var file = CheckedEvidence.check(fileName, content, "task.evidence.too-large", "task.evidence.kind");
        var stored = evidence.save(new TaskEvidence(task.getId(), file, me.username(), clock.instant()));
        history.record(SUBJECT, task.getId(), me.username(), List.of(FieldChange.of("evidence", null, file.fileName())),
                visibility(task));
        return stored.getId();
    }

    public TaskDetail detail(long taskId) {
        Task task = loadVisible(taskId);
        PersonRef me = directory.me();
        boolean mayEdit = portfolio.mayManage(task.getInitiative().getId());
        boolean mayWork = mayEdit || task.getAssignee().getId().equals(me.id());
        Map<Long, Agency> agencies = agencies();
        Agency agency = agencies.get(task.getAssignee().getAgencyId());
        String partyCode = agencies.values().stream().map(Agency::getParty)
                .filter(party -> party.getId() == task.getPartyId()).findFirst().map(party -> party.getCode())
                .orElse(null);
        String assignedByName = directory.findByUsername(task.getAssignedBy()).map(PersonRef::displayName)
                .orElse(task.getAssignedBy());
        return new TaskDetail(task.row(today(), agency.getParty().getCode(), agency.getCode()), task.getDescription(),
                partyCode, task.getAssignedBy(), assignedByName, task.getAssignedAt(), task.getBlockedReason(),
                task.getCompletionNote(), task.getClosedAt(), mayEdit, mayWork);
    }

    /** Oldest first; internal comments of the other party are left out. */
    public List<CommentView> comments(long taskId) {
        Task task = loadVisible(taskId);
        PersonRef me = directory.me();
        List<TaskComment> visible = comments.findVisible(task.getId(), me.partyId());
        Map<String, PersonRef> authors = directory.findByUsernames(visible.stream().map(TaskComment::getAuthor)
                .collect(Collectors.toSet()));
        Map<Long, String> partyCodes = agencies().values().stream().map(Agency::getParty).distinct()
                .collect(Collectors.toMap(party -> party.getId(), party -> party.getCode()));
        return visible.stream()
                .map(comment -> comment.view(displayName(authors, comment.getAuthor()),
                        partyCodes.get(comment.getPartyId())))
                .toList();
    }

    private static String displayName(Map<String, PersonRef> people, String username) {
        PersonRef person = people.get(username);
        return person == null ? username : person.displayName();
    }

    public List<EvidenceFile> evidence(long taskId) {
        return evidence.findFiles(loadVisible(taskId).getId());
    }

    public Optional<EvidenceContent> downloadEvidence(long evidenceId) {
        return evidence.findById(evidenceId).filter(file -> isVisible(file.getTaskId())).map(TaskEvidence::download);
    }

    /** Whether the signed-in person may read the task's history: those who may read its initiative's. */
    public boolean mayReadHistory(long taskId) {
        return portfolio.mayReadHistory(loadVisible(taskId).getInitiative().getId());
    }

    /** Newest first. */
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAM_MANAGER','OVERSIGHT_LEAD')")
    public List<HistoryLine> history(long taskId) {
        Task task = loadVisible(taskId);
        portfolio.requireHistoryReader(task.getInitiative().getId());
        return history.of(SUBJECT, task.getId(), directory.me().partyId());
    }

    /**
     * One page of the signed-in person's tasks: open ones by due date (so overdue first), or, with
     * {@code closed}, the done and cancelled ones, the latest first.
     */
    public List<TaskRow> mine(boolean closed, Pageable pageable) {
        PersonRef me = directory.me();
        return rows(search.page(myScope(me, closed), closed ? latestClosedFirst(pageable) : pageable));
    }

    public int countMine(boolean closed) {
        return (int) search.count(myScope(directory.me(), closed));
    }

    public TaskCounts myCounts() {
        Object[] counts = tasks.countOpen(directory.me().id(), TaskReads.OPEN, today()).getFirst();
        return new TaskCounts(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    /**
     * One page of the team view: administrators and program managers see every task, oversight leads those on
     * the initiatives they lead; internal tasks of the other party never.
     */
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAM_MANAGER','OVERSIGHT_LEAD')")
    public List<TaskRow> team(TaskFilter filter, Pageable pageable) {
        Map<Long, Agency> agencies = agencies();
        return rows(search.page(teamScope(filter, agencies), pageable), agencies);
    }

    /**
     * Every task of the team view the filter matches, in its order ({@code sort}, then due date and id), handed to
     * {@code batch} a few hundred at a time, under the team view's rules: what an export writes.
     */
    @MayReadReplica
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAM_MANAGER','OVERSIGHT_LEAD')")
    public void exportTeam(TaskFilter filter, Sort sort, Consumer<List<TaskRow>> batch) {
        allPages.read(sort, pageable -> team(filter, pageable), batch);
    }

    @PreAuthorize("hasAnyRole('ADMIN','PROGRAM_MANAGER','OVERSIGHT_LEAD')")
    public int countTeam(TaskFilter filter) {
        return (int) search.count(teamScope(filter, agencies()));
    }

    /** The initiative's tasks that the viewer may see, open ones first by due date. */
    public List<TaskRow> ofInitiative(long initiativeId) {
        PersonRef me = directory.me();
        var scope = new TaskSearch.Scope(me.partyId(), null, null, null, initiativeId, null, null, null, null, null,
                null);
        return rows(search.page(scope, Pageable.unpaged())).stream()
                .sorted(Comparator.comparing((TaskRow row) -> row.status().isClosed())).toList();
    }

    /** Active people who may be given a task, whose name contains {@code text}; at most {@code limit}. */
    public List<PersonRef> assignable(String text, int limit) {
        return ASSIGNABLE.stream()
                .flatMap(role -> directory.choosable(role, null, text, limit).stream())
                .collect(Collectors.toMap(PersonRef::id, Function.identity(), (a, b) -> a))
                .values().stream().sorted(Comparator.comparing(PersonRef::displayName)).limit(limit).toList();
    }

    private TaskSearch.Scope myScope(PersonRef me, boolean closed) {
        return new TaskSearch.Scope(me.partyId(), me.id(), null, null, null, null, closed, null, null, null, null);
    }

    private TaskSearch.Scope teamScope(TaskFilter filter, Map<Long, Agency> agencies) {
        PersonRef me = directory.me();
        Long partyId = filter.partyCode() == null ? null : agencies.values().stream().map(Agency::getParty)
                .filter(party -> party.getCode().equals(filter.partyCode())).findFirst().map(party -> party.getId())
                .orElse(-1L);
        Long agencyId = filter.agencyCode() == null ? null : agencies.values().stream()
                .filter(agency -> agency.getCode().equals(filter.agencyCode())).findFirst().map(Agency::getId)
                .orElse(-1L);
        Boolean closed = filter.overdueOnly() || filter.openOnly() && filter.status() == null ? false : null;
        return new TaskSearch.Scope(me.partyId(), filter.assigneeId(), partyId, agencyId, filter.initiativeId(),
                filter.status(), closed, filter.overdueOnly() ? today() : null,
                me.isAdminOrProgramManager() ? null : me.id(), filter.agreementId(), filter.commitmentId());
    }

    private static Pageable latestClosedFirst(Pageable pageable) {
        if (pageable.getSort().isSorted()) {
            return pageable;
        }
        var sort = Sort.by(Sort.Order.desc("closedAt"));
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }

    private List<TaskRow> rows(List<TaskColumns> found) {
        return found.isEmpty() ? List.of() : rows(found, agencies());
    }

    /** {@code agencies} by id, read once per call by a caller that needs them for more than the rows. */
    private List<TaskRow> rows(List<TaskColumns> found, Map<Long, Agency> agencies) {
        if (found.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return found.stream().map(task -> {
            Agency agency = agencies.get(task.assigneeAgencyId());
            return task.row(today, agency.getParty().getCode(), agency.getCode());
        }).toList();
    }

    private Map<Long, Agency> agencies() {
        return referenceData.agencies().stream().collect(Collectors.toMap(Agency::getId, Function.identity()));
    }

    private void reassign(Task task, Assignee assignee, PersonRef me) {
        Long previous = task.getAssignee().getId();
        if (previous.equals(assignee.row().getId())) {
            return;
        }
        FieldChange change = task.assignTo(assignee.row(), me.username(), clock.instant());
        task = saveAndFlush(task);
        history.record(SUBJECT, task.getId(), me.username(), List.of(change), visibility(task));
        publishAssigned(task, previous, me);
    }

    private void publishAssigned(Task task, Long previousAssignee, PersonRef me) {
        events.publishEvent(new TaskAssigned(task.getId(), task.getTitle(), task.getInitiative().getId(),
                task.getInitiative().getCode(), task.getDueDate(), task.getAssignee().getId(), previousAssignee,
                me.username()));
    }

    /** Someone a task may go to, as the directory knows them and as tasks store them. */
    private record Assignee(PersonRef person, TaskPerson row) {
    }

    /** An active person with a role that does work. */
    private Assignee eligibleAssignee(Long assigneeId) {
        PersonRef person = directory.find(assigneeId)
                .orElseThrow(() -> new InvalidInputException("assigneeId", "task.assignee.required"));
        if (!person.enabled()) {
            throw new InvalidInputException("assigneeId", "task.assignee.disabled");
        }
        if (ASSIGNABLE.stream().noneMatch(person::has)) {
            throw new InvalidInputException("assigneeId", "task.assignee.not-eligible");
        }
        return new Assignee(person, people.findById(person.id())
                .orElseThrow(() -> new EditConflictException("user", person.id())));
    }

    /** An internal task stays with people of its party. */
    private static void requireMayHave(Task task, Assignee assignee) {
        if (task.isInternal() && assignee.person().partyId() != task.getPartyId()) {
            throw new InvalidInputException("assigneeId", "task.assignee.other-party");
        }
    }

    private TaskMilestone milestoneOf(TaskDraft draft) {
        if (draft.getMilestoneId() == null) {
            return null;
        }
        TaskMilestone milestone = milestones.findById(draft.getMilestoneId())
                .orElseThrow(() -> new InvalidInputException("milestoneId", "task.milestone.other-initiative"));
        if (!milestone.getInitiativeId().equals(draft.getInitiativeId())) {
            throw new InvalidInputException("milestoneId", "task.milestone.other-initiative");
        }
        return milestone;
    }

    private PersonRef requireWorker(Task task) {
        PersonRef me = directory.me();
        if (!task.getAssignee().getId().equals(me.id()) && !portfolio.mayManage(task.getInitiative().getId())) {
            throw new AccessDeniedException("Only the assignee and the initiative's managers work on a task");
        }
        return me;
    }

    private void requireAssigner(long initiativeId) {
        if (!portfolio.mayManage(initiativeId)) {
            throw new AccessDeniedException("Only the initiative's oversight leads and program managers assign tasks");
        }
    }

    private static Long visibility(Task task) {
        return task.isInternal() ? task.getPartyId() : null;
    }

    private void refuseInvalid(TaskDraft draft) {
        validator.validate(draft).stream()
                .min(Comparator.comparing((ConstraintViolation<TaskDraft> violation) ->
                        violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    String template = violation.getMessageTemplate();
                    throw new InvalidInputException(violation.getPropertyPath().toString(),
                            template.substring(1, template.length() - 1));
                });
    }

    private Task saveAndFlush(Task task) {
        try {
            return tasks.saveAndFlush(task);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflictException("task", task.getId());
        }
    }

    private boolean isVisible(long taskId) {
        return tasks.findById(taskId).map(task -> task.isVisibleTo(directory.me().partyId())).orElse(false);
    }

    private Task loadForChange(long id, long expectedVersion) {
        Task task = loadVisible(id);
        if (task.getVersion() != expectedVersion) {
            throw new EditConflictException("task", id);
        }
        return task;
    }

    /** The task, if the signed-in person may see it; an internal task of the other party is as good as missing. */
    private Task loadVisible(long id) {
        Task task = tasks.findWithDetailsById(id).orElseThrow(() -> new EditConflictException("task", id));
        if (!task.isVisibleTo(directory.me().partyId())) {
            throw new EditConflictException("task", id);
        }
        return task;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
