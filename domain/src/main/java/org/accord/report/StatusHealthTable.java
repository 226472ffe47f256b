package org.accord.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;

/** The summary's initiatives as a table: a row per status, a column per health. */
public final class StatusHealthTable {

    public record Row(InitiativeStatus status, int green, int amber, int red) {
        public int total() {
            return green + amber + red;
        }
    }

    private StatusHealthTable() {
    }

    public static List<Row> of(List<StatusHealthCount> counts) {
        Map<InitiativeStatus, int[]> byStatus = new EnumMap<>(InitiativeStatus.class);
        for (InitiativeStatus status : InitiativeStatus.values()) {
            byStatus.put(status, new int[Health.values().length]);
        }
        counts.forEach(count -> byStatus.get(count.status())[count.health().ordinal()] += count.count());
        return byStatus.entrySet().stream().map(entry -> new Row(entry.getKey(),
                entry.getValue()[Health.GREEN.ordinal()], entry.getValue()[Health.AMBER.ordinal()],
                entry.getValue()[Health.RED.ordinal()])).toList();
    }
}
