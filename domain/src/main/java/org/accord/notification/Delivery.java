package org.accord.notification;

/**
 * One notice for one person; {@code dedupKey} (or null) keeps its e-mail unique across runs and nodes;
 * {@code attachedReportId} (or null) names the issued report whose file the e-mail carries.
 */
record Delivery(long recipientId, Notice notice, String dedupKey, Long attachedReportId) {

    Delivery(long recipientId, Notice notice) {
        this(recipientId, notice, null, null);
    }

    Delivery(long recipientId, Notice notice, String dedupKey) {
        this(recipientId, notice, dedupKey, null);
    }
}
