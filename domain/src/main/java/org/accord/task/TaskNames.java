package org.accord.task;

import org.accord.audit.SubjectNames;
import org.springframework.stereotype.Component;

/** Tasks by their titles in the audit trail. */
@Component
class TaskNames extends SubjectNames {

    TaskNames(TaskRepository repository) {
        super(Tasks.SUBJECT, repository::findNames);
    }
}
