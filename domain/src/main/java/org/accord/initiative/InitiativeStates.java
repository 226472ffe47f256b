package org.accord.initiative;

import org.accord.shared.InvalidInputException;

/**
 * How an initiative enters and leaves Cancelled: only through {@link InitiativePortfolio#cancel} and
 * {@link InitiativePortfolio#reopen}, both with a reason, both for administrators and program managers.
 * Neither the edit form nor a progress update moves it in or out, and while it is cancelled only administrators
 * and program managers change it (its leads do not: no progress, notes, milestones or tasks).
 */
final class InitiativeStates {

    private InitiativeStates() {
    }

    /** Whether the initiative's oversight leads may change it in this status. */
    static boolean leadsMayChange(InitiativeStatus current) {
        return current != InitiativeStatus.CANCELLED;
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
