package org.accord.report;

import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;

/** How many initiatives of the scope have one status and one health. */
public record StatusHealthCount(InitiativeStatus status, Health health, int count) {
}
