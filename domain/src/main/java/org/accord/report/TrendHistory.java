package org.accord.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A milestone's forecast over time, rebuilt from its log, whose lines read "forecastDate: before → after"
 * (a dash for none). Before the first logged change the forecast is that change's "before" value.
 */
final class TrendHistory {

    private static final String ARROW = " → ";

    private record Change(LocalDate day, LocalDate before, LocalDate after) {
    }

    private final long milestoneId;
    private final String initiativeCode;
    private final Bilingual title;
    private final LocalDate baseline;
    private final LocalDate currentForecast;
    private final LocalDate actual;
    private final List<Change> forecastChanges = new ArrayList<>();

    TrendHistory(long milestoneId, String initiativeCode, Bilingual title, LocalDate baseline, LocalDate forecast,
                 LocalDate actual) {
        this.milestoneId = milestoneId;
        this.initiativeCode = initiativeCode;
        this.title = title;
        this.baseline = baseline;
        this.currentForecast = forecast;
        this.actual = actual;
    }

    void logged(Instant at, String changes) {
        for (String line : changes.split("\n")) {
            if (line.startsWith("forecastDate: ") && line.contains(ARROW)) {
                String values = line.substring("forecastDate: ".length());
                int arrow = values.indexOf(ARROW);
                forecastChanges.add(new Change(at.atZone(ZoneOffset.UTC).toLocalDate(),
                        parse(values.substring(0, arrow)), parse(values.substring(arrow + ARROW.length()))));
            }
        }
    }

    TrendLine at(List<LocalDate> reportDates) {
        List<TrendLine.Forecast> forecasts = new ArrayList<>();
        for (LocalDate reportDate : reportDates) {
            LocalDate forecast = forecastOn(reportDate);
            forecasts.add(new TrendLine.Forecast(reportDate, forecast));
            if (actual != null && !actual.isAfter(reportDate)) {
                break;
            }
        }
        return new TrendLine(milestoneId, initiativeCode, title, baseline, forecasts);
    }

    private LocalDate forecastOn(LocalDate day) {
        if (actual != null && !actual.isAfter(day)) {
            return actual;
        }
        LocalDate forecast = forecastChanges.isEmpty() ? currentForecast : forecastChanges.getFirst().before();
        for (Change change : forecastChanges) {
            if (change.day().isAfter(day)) {
                break;
            }
            forecast = change.after();
        }
        return forecast != null ? forecast : baseline;
    }

    private static LocalDate parse(String value) {
        try {
            return "—".equals(value.strip()) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
