package org.accord.notification;

/** One notice for one person; {@code dedupKey} (or null) keeps its e-mail unique across runs and nodes. */
record Delivery(long recipientId, Notice notice, String dedupKey) {

    Delivery(long recipientId, Notice notice) {
        this(recipientId, notice, null);
    }
}
