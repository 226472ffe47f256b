package org.accord.portal.api.milestone;

import java.time.Instant;
import java.time.LocalDate;
import org.accord.milestone.LogLine;
import org.accord.milestone.MilestoneRow;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;
import org.accord.milestone.ScheduleState;

/** A milestone as the API shows it, with its slippage and schedule state as of today. */
record MilestoneJson(long id, long version, long initiativeId, String initiativeCode, String titleEn, String titleEs,
                     String description, OwnerSide ownerSide, LocalDate baselineDate, LocalDate forecastDate,
                     LocalDate actualDate, MilestoneStatus status, int weight, long slippageDays,
                     ScheduleState state) {

    static MilestoneJson of(MilestoneRow row) {
        return new MilestoneJson(row.id(), row.version(), row.initiativeId(), row.initiativeCode(), row.titleEn(),
                row.titleEs(), row.description(), row.ownerSide(), row.baselineDate(), row.forecastDate(),
                row.actualDate(), row.status(), row.weight(), row.slippageDays(), row.state());
    }

    /** One entry of the milestone's log. */
    record Log(long id, String loggedBy, Instant loggedAt, String changes, String note, String rebaselineReason) {

        static Log of(LogLine line) {
            return new Log(line.id(), line.loggedBy(), line.loggedAt(), line.changes(), line.note(),
                    line.rebaselineReason());
        }
    }

    /** Status, forecast and actual date as they are to be, with a note for the log. */
    record Progress(MilestoneStatus status, LocalDate forecastDate, LocalDate actualDate, String note) {
    }
}
