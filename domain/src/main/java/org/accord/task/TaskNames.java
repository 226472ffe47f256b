package org.accord.task;

import java.util.Collection;
import java.util.List;
import org.accord.audit.SubjectName;
import org.accord.audit.SubjectNames;
import org.springframework.stereotype.Component;

/** Tasks by their titles in the audit trail. */
@Component
class TaskNames implements SubjectNames {

    private final TaskRepository tasks;

    TaskNames(TaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public String subjectType() {
        return Tasks.SUBJECT;
    }

    @Override
    public List<SubjectName> namesOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : tasks.findNames(ids);
    }
}
