package org.accord.report;

import java.time.Instant;

/** A party-internal note; only that party's own report shows it. */
public record NoteLine(long initiativeId, String author, Instant createdAt, String body) {
}
