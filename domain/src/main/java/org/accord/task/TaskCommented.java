package org.accord.task;

/**
 * Someone commented on a task. {@code internal} comments must reach only people of {@code authorPartyId}.
 * Published inside the transaction that saves the comment.
 */
public record TaskCommented(long taskId, String title, String initiativeCode, long assigneeId, long commentId,
                            String author, long authorPartyId, boolean internal) {
}
