package org.accord.portal.api.task;

import java.time.Instant;
import java.time.LocalDate;
import org.accord.initiative.Priority;
import org.accord.task.CommentView;
import org.accord.task.TaskDetail;
import org.accord.task.TaskRow;
import org.accord.task.TaskStatus;

/** Tasks and their comments as the API shows them. */
final class TaskJson {

    private TaskJson() {
    }

    record Summary(long id, long version, String title, long initiativeId, String initiativeCode, Long milestoneId,
                   long assigneeId, String assigneeName, String assigneeParty, String assigneeAgency,
                   LocalDate dueDate, Priority priority, TaskStatus status, boolean overdue, boolean internal) {

        static Summary of(TaskRow row) {
            return new Summary(row.id(), row.version(), row.title(), row.initiativeId(), row.initiativeCode(),
                    row.milestoneId(), row.assigneeId(), row.assigneeName(), row.assigneePartyCode(),
                    row.assigneeAgencyCode(), row.dueDate(), row.priority(), row.status(), row.overdue(),
                    row.internal());
        }
    }

    record Detail(long id, long version, String title, String description, long initiativeId, String initiativeCode,
                  Long milestoneId, long assigneeId, String assigneeName, String assigneeParty, String assigneeAgency,
                  LocalDate dueDate, Priority priority, TaskStatus status, boolean overdue, boolean internal,
                  String assignedBy, Instant assignedAt, String blockedReason, String completionNote,
                  Instant closedAt, boolean mayWork) {

        static Detail of(TaskDetail detail) {
            TaskRow row = detail.row();
            return new Detail(row.id(), row.version(), row.title(), detail.description(), row.initiativeId(),
                    row.initiativeCode(), row.milestoneId(), row.assigneeId(), row.assigneeName(),
                    row.assigneePartyCode(), row.assigneeAgencyCode(), row.dueDate(), row.priority(), row.status(),
                    row.overdue(), row.internal(), detail.assignedByName(), detail.assignedAt(),
                    detail.blockedReason(), detail.completionNote(), detail.closedAt(), detail.mayWork());
        }
    }

    record Comment(long id, String author, String party, boolean internal, String body, Instant createdAt) {

        static Comment of(CommentView view) {
            return new Comment(view.id(), view.authorName(), view.partyCode(), view.internal(), view.body(),
                    view.createdAt());
        }
    }

    /** The status to move to; {@code text} is the reason for Blocked or the completion note for Done. */
    record StatusChange(TaskStatus status, String text) {
    }

    /** An internal comment is seen only by the author's party. */
    record NewComment(String body, Boolean internal) {

        boolean isInternal() {
            return Boolean.TRUE.equals(internal);
        }
    }
}
