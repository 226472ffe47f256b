package org.accord.initiative;

import java.time.LocalDate;

/** What the initiatives list shows of an initiative's own columns, read without loading the initiative. */
record InitiativeColumns(long id, String code, String titleEn, String titleEs, InitiativeStatus status,
                         Health health, Priority priority, LocalDate startDate, LocalDate targetEndDate) {
}
