package org.accord.demo;

import java.time.LocalDate;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;

/**
 * A demo milestone: planned on {@code baseline}; then, when {@code status} is not PLANNED, progress recorded with
 * the forecast and actual date; a re-baseline with its reason and a note in the log when those are set.
 */
record MilestoneSeed(String initiativeCode, String titleEn, String titleEs, OwnerSide side, int weight,
                     LocalDate baseline, MilestoneStatus status, LocalDate forecast, LocalDate actual,
                     LocalDate rebaselinedTo, String rebaselineReason, String note) {

    static MilestoneSeed done(String code, String en, String es, OwnerSide side, int weight, LocalDate baseline,
                              LocalDate actual) {
        return new MilestoneSeed(code, en, es, side, weight, baseline, MilestoneStatus.DONE, null, actual, null, null,
                null);
    }

    static MilestoneSeed planned(String code, String en, String es, OwnerSide side, int weight, LocalDate baseline) {
        return new MilestoneSeed(code, en, es, side, weight, baseline, MilestoneStatus.PLANNED, null, null, null, null,
                null);
    }

    /** In progress and expected later than planned, with a note saying why. */
    static MilestoneSeed slipped(String code, String en, String es, OwnerSide side, int weight, LocalDate baseline,
                                 LocalDate forecast, String note) {
        return new MilestoneSeed(code, en, es, side, weight, baseline, MilestoneStatus.IN_PROGRESS, forecast, null,
                null, null, note);
    }

    /** Moved to a new baseline with the co-chairs' reason, then in progress, with a note. */
    static MilestoneSeed rebaselined(String code, String en, String es, OwnerSide side, int weight, LocalDate baseline,
                                     LocalDate newBaseline, String reason, String note) {
        return new MilestoneSeed(code, en, es, side, weight, baseline, MilestoneStatus.IN_PROGRESS, null, null,
                newBaseline, reason, note);
    }

    static MilestoneSeed missed(String code, String en, String es, OwnerSide side, int weight, LocalDate baseline,
                                String note) {
        return new MilestoneSeed(code, en, es, side, weight, baseline, MilestoneStatus.MISSED, null, null, null, null,
                note);
    }
}
