package org.accord.worklist;

import java.time.LocalDate;

/** An open task the lead handed out whose due date has passed. */
public record OverdueTask(long id, String title, long initiativeId, String initiativeCode, String assigneeName,
                          LocalDate dueDate) {
}
