package org.accord.milestone;

import java.util.List;

/** The milestones of one initiative, the percent done by weight and whether the viewer may manage them. */
public record InitiativeMilestones(List<MilestoneRow> milestones, int percentDone, boolean mayManage) {
}
