package org.accord.task;

import java.time.Instant;

/** A comment on a task as its page shows it. */
public record CommentView(long id, String author, String authorName, String partyCode, boolean internal, String body,
                          Instant createdAt) {
}
