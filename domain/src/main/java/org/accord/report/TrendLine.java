package org.accord.report;

import java.time.LocalDate;
import java.util.List;

/** How one key milestone's forecast stood at the end of each reporting period, from its log. */
public record TrendLine(long milestoneId, String initiativeCode, Bilingual title, LocalDate baseline,
                        List<Forecast> forecasts) {

    public record Forecast(LocalDate reportDate, LocalDate forecast) {
    }
}
