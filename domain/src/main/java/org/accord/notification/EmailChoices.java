package org.accord.notification;

/**
 * Which e-mails a person receives. {@code assigned} covers assignments and reassignments, {@code milestone} slipped
 * and missed milestones; with {@code dailyDigest} they get one summary a day instead of single e-mails.
 */
public record EmailChoices(boolean assigned, boolean dueSoon, boolean overdue, boolean comment, boolean milestone,
                           boolean dailyDigest) {

    /** What someone who never chose receives: every e-mail, no digest. */
    public static final EmailChoices DEFAULTS = new EmailChoices(true, true, true, true, true, false);

    /** Whether a single e-mail of this kind goes out (never when the digest replaces them). */
    public boolean wantsMailFor(NotificationKind kind) {
        if (dailyDigest) {
            return false;
        }
        return switch (kind) {
            case TASK_ASSIGNED, TASK_UNASSIGNED -> assigned;
            case TASK_DUE_SOON -> dueSoon;
            case TASK_OVERDUE -> overdue;
            case TASK_COMMENTED -> comment;
            case MILESTONE_SLIPPED, MILESTONE_MISSED -> milestone;
            case TASK_STATUS_CHANGED -> false;
            // An issued report is what executives receive the portal for: there is no choice to turn it off.
            case REPORT_ISSUED -> true;
        };
    }
}
