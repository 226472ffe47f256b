package org.accord.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.people.Directory;
import org.accord.people.PersonRef;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;
import org.springframework.stereotype.Service;

/**
 * The demo's tasks, through the task service: each lead or program office hands out its tasks, then each
 * liaison moves theirs on and comments. Each step runs as the person who would do it; the caller signs them in.
 */
@Service
public class DemoWork {

    private final Tasks tasks;
    private final Directory directory;

    DemoWork(Tasks tasks, Directory directory) {
        this.tasks = tasks;
        this.directory = directory;
    }

    /** The people who hand out demo tasks, each to be signed in for {@link #assign}. */
    public List<String> assigners() {
        return DemoTasks.ALL.stream().map(TaskSeed::assignedBy).distinct().toList();
    }

    /** The people who work on demo tasks, each to be signed in for {@link #work}. */
    public List<String> assignees() {
        return DemoTasks.ALL.stream().map(TaskSeed::assignee).distinct().toList();
    }

    /** The tasks the signed-in person hands out on the initiatives {@code load} added; task ids by title. */
    public Map<String, Long> assign(DemoLoad load) {
        String me = directory.myUsername();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (TaskSeed seed : DemoTasks.ALL) {
            Long initiativeId = load.initiativesAdded().get(seed.initiativeCode());
            if (initiativeId == null || !seed.assignedBy().equals(me)) {
                continue;
            }
            var draft = tasks.newDraft(initiativeId, null);
            draft.setTitle(seed.title());
            draft.setDescription(seed.description());
            draft.setAssigneeId(directory.findByUsername(seed.assignee()).map(PersonRef::id).orElseThrow());
            draft.setDueDate(draft.getDueDate().plusDays(seed.dueInDays() - 7L));
            draft.setPriority(seed.priority());
            draft.setInternal(seed.internal());
            ids.put(seed.title(), tasks.save(draft));
        }
        return ids;
    }

    /** The signed-in assignee's progress and comments on the demo tasks in {@code ids}; returns how many moved. */
    public int work(Map<String, Long> ids) {
        String me = directory.myUsername();
        int moved = 0;
        for (TaskSeed seed : DemoTasks.ALL) {
            Long id = ids.get(seed.title());
            if (id == null || !seed.assignee().equals(me)) {
                continue;
            }
            if (seed.status() != TaskStatus.OPEN) {
                tasks.changeStatus(id, tasks.detail(id).row().version(), seed.status(), seed.statusText());
                moved++;
            }
            if (seed.comment() != null) {
                tasks.comment(id, false, seed.comment());
            }
        }
        return moved;
    }
}
