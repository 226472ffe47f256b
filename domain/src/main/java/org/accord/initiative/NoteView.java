package org.accord.initiative;

import java.time.Instant;

/** A note as the Notes tab shows it. */
public record NoteView(long id, String author, String partyCode, boolean internal, String body, Instant createdAt) {
}
