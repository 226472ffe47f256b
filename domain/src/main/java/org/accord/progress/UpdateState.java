package org.accord.progress;

/** Where a progress update stands; NOT_STARTED also stands for another party's draft, which stays hidden. */
public enum UpdateState {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED;

    boolean isSubmitted() {
        return this == SUBMITTED || this == APPROVED;
    }
}
