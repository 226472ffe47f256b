package org.accord.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.initiative.Priority;
import org.accord.people.Directory;
import org.accord.people.Language;
import org.accord.people.PersonRef;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.TypedText;
import org.accord.task.TaskDetail;
import org.accord.task.TaskDraft;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Translations of submitted updates: the author writes one, or asks someone of their country to, who then gets a
 * task for it. Called by {@link ProgressUpdates}, which holds the transaction and has checked that the viewer may
 * see the update at all.
 */
@Component
class UpdateTranslations {

    static final int MAX_TEXT = 4000;
    private static final int DAYS_TO_TRANSLATE = 3;

    private final ProgressUpdateTranslationRepository translations;
    private final TranslatorAssignmentRepository translators;
    private final Tasks tasks;
    private final Directory directory;
    private final Clock clock;

    UpdateTranslations(ProgressUpdateTranslationRepository translations, TranslatorAssignmentRepository translators,
                       Tasks tasks, Directory directory, ObjectProvider<Clock> clock) {
        this.translations = translations;
        this.translators = translators;
        this.tasks = tasks;
        this.directory = directory;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** What the update views show of the translations of these updates, by update id; one query each. */
    Map<Long, Translated> of(Collection<Long> updateIds) {
        if (updateIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProgressUpdateTranslation> written = translations.findByUpdateIdIn(updateIds).stream()
                .collect(Collectors.toMap(ProgressUpdateTranslation::getUpdateId, translation -> translation));
        Map<Long, TranslatorAssignment> asked = translators.findByUpdateIdIn(updateIds).stream()
                .collect(Collectors.toMap(TranslatorAssignment::getUpdateId, assignment -> assignment));
        Map<String, PersonRef> authors = directory.findByUsernames(written.values().stream()
                .map(ProgressUpdateTranslation::getTranslatedBy).collect(Collectors.toSet()));
        Map<Long, PersonRef> people = directory.find(asked.values().stream()
                .map(TranslatorAssignment::getTranslatorId).collect(Collectors.toSet()));
        Map<Long, Translated> result = new HashMap<>();
        for (Long updateId : Set.copyOf(updateIds)) {
            ProgressUpdateTranslation translation = written.get(updateId);
            TranslatorAssignment assignment = asked.get(updateId);
            PersonRef translator = assignment == null ? null : people.get(assignment.getTranslatorId());
            result.put(updateId, new Translated(
                    translation == null ? null : translation.view(nameOf(authors, translation.getTranslatedBy())),
                    assignment == null ? null : assignment.getTranslatorId(),
                    translator == null ? null : translator.displayName()));
        }
        return result;
    }

    /** A returned update keeps its translation: it may not then move to the translation's language. */
    boolean exists(long updateId) {
        return translations.existsById(updateId);
    }

    /**
     * Writes or corrects the translation; the translator's open task for it is then done, when the writer may
     * move it on (the translator, or an author who still leads the initiative).
     */
    void translate(ProgressUpdate update, Language original, TranslationDraft draft, PersonRef me) {
        Optional<TranslatorAssignment> assignment = translators.findById(update.getId());
        boolean asked = assignment.map(a -> a.getTranslatorId() == me.id()).orElse(false);
        if (!isAuthor(update, me) && !asked) {
            throw new AccessDeniedException("Only the update's author and the person they asked translate it");
        }
        requireSubmitted(update);
        Language into = draft.getLanguage() == null ? other(original) : draft.getLanguage();
        if (into == original) {
            throw new InvalidInputException("language", "progress.translation.same-language");
        }
        requireShortEnough(draft.getAccomplishments(), "accomplishments");
        requireShortEnough(draft.getNextSteps(), "nextSteps");
        requireShortEnough(draft.getRisksAndIssues(), "risksAndIssues");
        if (ProgressUpdateTranslation.clean(draft.getAccomplishments()) == null
                && ProgressUpdateTranslation.clean(draft.getNextSteps()) == null
                && ProgressUpdateTranslation.clean(draft.getRisksAndIssues()) == null) {
            throw new InvalidInputException("accomplishments", "progress.translation.empty");
        }
        Optional<ProgressUpdateTranslation> existing = translations.findById(update.getId());
        Long stored = existing.map(ProgressUpdateTranslation::getVersion).orElse(null);
        if (!Objects.equals(stored, draft.getVersion())) {
            throw new EditConflictException("progress update translation", update.getId());
        }
        ProgressUpdateTranslation translation = existing.orElseGet(() -> new ProgressUpdateTranslation(update.getId()));
        translation.write(draft, into, me.username(), clock.instant());
        try {
            translations.saveAndFlush(translation);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
            throw new EditConflictException("progress update translation", update.getId());
        }
        if (assignment.isPresent() && assignment.get().getTaskId() != null) {
            closeTask(assignment.get().getTaskId(), me);
        }
    }

    /**
     * Asks someone of the update's country to translate it: they get a task, or take over the open task of the
     * person asked before. Returns the task's id.
     */
    long assign(ProgressUpdate update, Language original, String initiativeCode, String username, PersonRef me) {
        if (!isAuthor(update, me) && !isProgramManagerOf(update, me)) {
            throw new AccessDeniedException("Only the update's author and their country's program managers ask");
        }
        requireSubmitted(update);
        PersonRef translator = eligibleTranslator(update, username);
        TranslatorAssignment assignment = translators.findById(update.getId())
                .orElseGet(() -> new TranslatorAssignment(update.getId()));
        Long taskId = assignment.getTaskId() == null ? null : openTask(assignment.getTaskId())
                .map(task -> {
                    tasks.reassign(task.row().id(), task.row().version(), translator.id());
                    return task.row().id();
                }).orElse(null);
        if (taskId == null) {
            taskId = tasks.save(taskFor(update, original, initiativeCode, translator));
        }
        assignment.assign(translator.id(), taskId, me.username(), clock.instant());
        try {
            translators.saveAndFlush(assignment);
        } catch (DataIntegrityViolationException raced) {
            throw new EditConflictException("progress update translator", update.getId());
        }
        return taskId;
    }

    static boolean mayTranslate(ProgressUpdate update, Long translatorId, PersonRef me) {
        return update.getState().isSubmitted()
                && (isAuthor(update, me) || translatorId != null && translatorId == me.id());
    }

    static boolean mayAsk(ProgressUpdate update, PersonRef me) {
        return update.getState().isSubmitted() && (isAuthor(update, me) || isProgramManagerOf(update, me));
    }

    private static boolean isProgramManagerOf(ProgressUpdate update, PersonRef me) {
        return me.isAdminOrProgramManager() && me.partyId() == update.getPartyId();
    }

    /** Updates stored without a language are read as written in their country's. */
    static Language languageOf(ProgressUpdate update, String partyCode) {
        return update.getLanguage() != null ? update.getLanguage() : partyLanguage(partyCode);
    }

    static Language partyLanguage(String partyCode) {
        return "MX".equals(partyCode) ? Language.ES : Language.EN;
    }

    static Language other(Language language) {
        return language == Language.ES ? Language.EN : Language.ES;
    }

    private static boolean isAuthor(ProgressUpdate update, PersonRef me) {
        return me.username().equals(update.getSubmittedBy());
    }

    private static void requireSubmitted(ProgressUpdate update) {
        if (!update.getState().isSubmitted()) {
            throw new InvalidInputException("update", "progress.translation.not-submitted");
        }
    }

    private static void requireShortEnough(String text, String field) {
        TypedText.lines(field, text, MAX_TEXT);
    }

    private PersonRef eligibleTranslator(ProgressUpdate update, String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("translator", "progress.translator.required");
        }
        PersonRef translator = directory.findByUsername(username)
                .orElseThrow(() -> new InvalidInputException("translator", "progress.translator.unknown"));
        if (!translator.enabled()) {
            throw new InvalidInputException("translator", "progress.translator.disabled");
        }
        if (translator.partyId() != update.getPartyId()) {
            throw new InvalidInputException("translator", "progress.translator.other-party");
        }
        if (Tasks.ASSIGNABLE.stream().noneMatch(translator::has)) {
            throw new InvalidInputException("translator", "progress.translator.not-eligible");
        }
        return translator;
    }

    /** An internal task: translating is the country's own housekeeping. */
    private TaskDraft taskFor(ProgressUpdate update, Language original, String initiativeCode, PersonRef translator) {
        Language reader = directory.preferredLanguage(translator.username()).orElse(Language.EN);
        var draft = tasks.newDraft(update.getInitiativeId(), null);
        draft.setTitle(TranslationTaskTexts.title(reader, update.getPeriod().getCode(), initiativeCode,
                other(original)));
        draft.setDescription(TranslationTaskTexts.description(reader));
        draft.setAssigneeId(translator.id());
        draft.setDueDate(LocalDate.now(clock).plusDays(DAYS_TO_TRANSLATE));
        draft.setPriority(Priority.MEDIUM);
        draft.setInternal(true);
        return draft;
    }

    private Optional<TaskDetail> openTask(long taskId) {
        TaskDetail task = tasks.detail(taskId);
        return task.row().status().isClosed() ? Optional.empty() : Optional.of(task);
    }

    /** Left open when the task service would refuse: the assignee then closes it. */
    private void closeTask(long taskId, PersonRef me) {
        TaskDetail task = tasks.detail(taskId);
        if (task.row().status().isClosed() || !task.mayWork()) {
            return;
        }
        Language reader = directory.preferredLanguage(me.username()).orElse(Language.EN);
        tasks.changeStatus(taskId, task.row().version(), TaskStatus.DONE, TranslationTaskTexts.doneNote(reader));
    }

    private static String nameOf(Map<String, PersonRef> people, String username) {
        PersonRef person = people.get(username);
        return person == null ? username : person.displayName();
    }

    /** What an update view shows of its translation: the translation if written, and who was asked. */
    record Translated(TranslationView translation, Long translatorId, String translatorName) {

        static final Translated NONE = new Translated(null, null, null);
    }
}
