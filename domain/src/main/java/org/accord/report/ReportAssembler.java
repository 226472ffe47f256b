package org.accord.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;
import org.accord.milestone.ScheduleState;
import org.accord.report.chart.TrendChart;
import org.accord.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Reads what a report says for a request; who may ask for which report is {@link Reports}' business. */
@Component
class ReportAssembler {

    private final ReportReader reader;
    private final ReportChangesReader changesReader;
    private final Clock clock;

    ReportAssembler(ReportReader reader, ReportChangesReader changesReader, ObjectProvider<Clock> clock) {
        this.reader = reader;
        this.changesReader = changesReader;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    ReportContent assemble(ReportRequest request, String generatedBy, ReportIdentity identity) {
        ReportPeriod period = period(request);
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period.end().isBefore(today) ? period.end() : today;
        Bilingual scope = request.scope().kind() == ScopeKind.ALL ? new Bilingual("All agreements", "Todos los acuerdos")
                : reader.scopeName(request.scope()).orElseThrow(() -> new InvalidInputException("scope", "report.scope.unknown"));
        Long partyId = request.bilateral() ? null : reader.partyId(request.partyCode())
                .orElseThrow(() -> new InvalidInputException("party", "report.party.unknown"));
        List<Long> periodIds = reader.periodIds(period);
        var cover = new ReportCover(period, scope, request.language(), asOf, clock.instant(), generatedBy,
                request.partyCode(), identity);
        var charts = new ReportChartsBuilder(new ReportWords(request.language()), asOf);
        var summary = new ReportSummary(reader.statusAndHealth(request.scope()),
                milestoneCounts(request.scope(), period, asOf, charts),
                reader.overdueTasks(request.scope(), asOf, partyId), reader.parity(request.scope(), periodIds));
        var annexes = new ReportAnnexes(reader.uncoveredCommitments(request.scope()),
                reader.neverSubmitted(request.scope(), periodIds), reader.missingTranslations(request.scope(), periodIds));
        var drawn = charts.draw(reader.healthByCommitment(request.scope(), 15),
                reader.trend(request.scope(), reportDates(period, asOf), TrendChart.MAX_SERIES));
        ReportOutline outline = reader.outline(request.scope());
        return new ReportContent(reader, cover, summary, changesReader.since(request, outline, asOf, period), annexes,
                drawn, outline, periodIds, partyId);
    }

    /**
     * The report's four charts alone, for the dashboard: their numbers counted in the database, or {@code counted}
     * already where the dashboard counted them with its own figures.
     */
    ReportCharts charts(ReportScope scope, ReportPeriod period, ReportLanguage language, ChartCounts counted) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period.end().isBefore(today) ? period.end() : today;
        var charts = new ReportChartsBuilder(new ReportWords(language), asOf);
        (counted != null ? counted : reader.chartCounts(scope)).into(charts);
        return charts.draw(reader.healthByCommitment(scope, 15),
                reader.trend(scope, reportDates(period, asOf), TrendChart.MAX_SERIES));
    }

    private ReportPeriod period(ReportRequest request) {
        if (request.periodId() != null) {
            return reader.period(request.periodId())
                    .orElseThrow(() -> new InvalidInputException("period", "report.period.unknown"));
        }
        if (request.from() == null || request.to() == null) {
            throw new InvalidInputException("period", "report.period.required");
        }
        if (request.to().isBefore(request.from())) {
            throw new InvalidInputException("to", "report.range.reversed");
        }
        return new ReportPeriod(null, null, request.from(), request.to());
    }

    /**
     * The trend chart's x axis: the ends of the (at most eight) reporting periods up to the report's, then its own
     * day; with fewer than three periods behind it, the ends of the six months up to the report's day instead.
     */
    private List<LocalDate> reportDates(ReportPeriod period, LocalDate asOf) {
        List<LocalDate> ends = new ArrayList<>(reader.periods().stream().map(ReportPeriod::end)
                .filter(end -> end.isBefore(asOf)).sorted().toList());
        List<LocalDate> dates = new ArrayList<>(ends.subList(Math.max(0, ends.size() - 8), ends.size()));
        if (dates.size() < 2) {
            dates.clear();
            for (int back = 6; back >= 1; back--) {
                dates.add(asOf.minusMonths(back).withDayOfMonth(1).plusMonths(1).minusDays(1));
            }
        }
        dates.add(asOf);
        return dates;
    }

    private List<MilestoneCount> milestoneCounts(ReportScope scope, ReportPeriod period, LocalDate asOf,
                                                 ReportChartsBuilder charts) {
        ReportPeriod next = period.next();
        Map<OwnerSide, int[]> counts = new EnumMap<>(OwnerSide.class);
        for (OwnerSide side : OwnerSide.values()) {
            counts.put(side, new int[4]);
        }
        reader.eachMilestone(scope, asOf, milestone -> {
            charts.add(milestone);
            int[] side = counts.get(milestone.side());
            if (milestone.status() == MilestoneStatus.DONE && period.contains(milestone.actual())) {
                side[0]++;
            }
            if (milestone.status().isOpen() && milestone.state() == ScheduleState.LATE) {
                side[1]++;
            }
            if (milestone.status() == MilestoneStatus.MISSED || milestone.state() == ScheduleState.OVERDUE) {
                side[2]++;
            }
            LocalDate expected = milestone.forecast() != null ? milestone.forecast() : milestone.baseline();
            if (milestone.status().isOpen() && next.contains(expected)) {
                side[3]++;
            }
        });
        return counts.entrySet().stream().map(entry -> new MilestoneCount(entry.getKey(), entry.getValue()[0],
                entry.getValue()[1], entry.getValue()[2], entry.getValue()[3])).toList();
    }
}
