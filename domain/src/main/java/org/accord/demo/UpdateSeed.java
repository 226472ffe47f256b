package org.accord.demo;

import org.accord.initiative.Health;

/**
 * A demo progress update of 2012-Q2 submitted by {@code lead}; then approved, or returned when a comment is set.
 * When {@code translation} is set, the lead also translates it into the other language.
 */
record UpdateSeed(String initiativeCode, String partyCode, String lead, String accomplishments, String nextSteps,
                  Health proposedHealth, boolean approved, String returnComment, Translation translation) {

    /** The update's accomplishments and next steps in the other language. */
    record Translation(String accomplishments, String nextSteps) {
    }
}
