package org.accord.milestone;

import java.util.Set;

/**
 * What the milestones list is narrowed to; null parts match everything. {@code dueWithinDays}: open
 * milestones expected from today to that many days ahead; {@code initiativeIds}: only those initiatives.
 */
public record MilestoneFilter(Integer dueWithinDays, boolean overdue, boolean slipped, OwnerSide side,
                              Long agreementId, Set<Long> initiativeIds) {

    public static MilestoneFilter all() {
        return new MilestoneFilter(null, false, false, null, null, null);
    }
}
