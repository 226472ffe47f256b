package org.accord.initiative;

import org.accord.shared.InvalidInputException;

/**
 * How an initiative enters and leaves Cancelled: only through {@link InitiativePortfolio#cancel} and
 * {@link InitiativePortfolio#reopen}, both with a reason, both for administrators and program managers.
 * Neither the edit form nor a progress update moves it in or out.
 */
final class InitiativeStates {

    private InitiativeStates() {
    }

    /** A progress update (by a lead or a manager) leaves a cancelled initiative alone: it is reopened first. */
    static void requireNotCancelled(InitiativeStatus current) {
        if (current == InitiativeStatus.CANCELLED) {
            throw new InvalidInputException("status", "initiative.cancelled.reopen-first");
        }
    }

    /** The edit form keeps a cancelled initiative cancelled and any other (or a new one, {@code current} null) open. */
    static void requireSameCancellation(InitiativeStatus current, InitiativeStatus edited) {
        boolean cancelled = current == InitiativeStatus.CANCELLED;
        if (!cancelled && edited == InitiativeStatus.CANCELLED) {
            throw new InvalidInputException("status", "initiative.cancel.use-cancel");
        }
        if (cancelled && edited != InitiativeStatus.CANCELLED) {
            throw new InvalidInputException("status", "initiative.cancelled.reopen-first");
        }
    }
}
