package org.accord.report;

import org.accord.milestone.OwnerSide;

/** Milestones of one delivering side: done in the period, slipped, missed or overdue, and due next period. */
public record MilestoneCount(OwnerSide side, int done, int slipped, int missed, int dueNext) {
}
