package org.accord.milestone;

import java.util.Set;

/**
 * What the milestones list is narrowed to; null parts match everything. {@code dueWithinDays}: open
 * milestones expected from today to that many days ahead; {@code initiativeIds}: only those initiatives;
 * {@code agreementId}, {@code commitmentId}: initiatives serving a commitment of that agreement, or that commitment
 * (with both, it must be the agreement's).
 */
public record MilestoneFilter(Integer dueWithinDays, boolean overdue, boolean slipped, OwnerSide side,
                              Long agreementId, Set<Long> initiativeIds, Long commitmentId) {

    public MilestoneFilter(Integer dueWithinDays, boolean overdue, boolean slipped, OwnerSide side, Long agreementId,
                           Set<Long> initiativeIds) {
        this(dueWithinDays, overdue, slipped, side, agreementId, initiativeIds, null);
    }

    public static MilestoneFilter all() {
        return new MilestoneFilter(null, false, false, null, null, null, null);
    }
}
