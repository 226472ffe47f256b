package org.accord.task;

import java.time.LocalDate;
import org.accord.initiative.Priority;

/** A task as lists show it. */
public record TaskRow(long id, String title, long initiativeId, String initiativeCode, String initiativeTitleEn,
                      String initiativeTitleEs, Long milestoneId, String milestoneTitleEn, String milestoneTitleEs,
                      long assigneeId, String assigneeName, String assigneePartyCode, String assigneeAgencyCode,
                      LocalDate dueDate, Priority priority, TaskStatus status, boolean overdue, boolean internal,
                      long version) {
}
