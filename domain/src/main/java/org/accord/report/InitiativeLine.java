package org.accord.report;

import java.time.LocalDate;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;

/** An initiative's heading facts in a report. */
public record InitiativeLine(long id, String code, Bilingual title, InitiativeStatus status, Health health,
                             String healthReason, LocalDate startDate, LocalDate targetEndDate) {
}
