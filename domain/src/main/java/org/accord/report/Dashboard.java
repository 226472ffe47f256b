package org.accord.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.accord.initiative.Health;
import org.accord.milestone.OwnerSide;
import org.accord.people.Directory;
import org.accord.people.PersonRef;
import org.accord.report.chart.Chart;
import org.accord.report.DashboardFigures.AgencyOverdue;
import org.accord.report.DashboardFigures.Attention;
import org.accord.report.DashboardFigures.Capped;
import org.accord.report.DashboardFigures.Initiatives;
import org.accord.report.DashboardFigures.Milestones;
import org.accord.report.DashboardFigures.Parity;
import org.accord.report.DashboardFigures.PartyOverdue;
import org.accord.report.DashboardFigures.Uncovered;
import org.accord.report.DashboardReader.LiveMilestones;
import org.accord.shared.InvalidInputException;
import org.accord.shared.MayReadReplica;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The executive dashboard (issue 11): where the portfolio stands in a period, side by side, what changed since the
 * previous period and what needs attention. Readers of reports may read it. Every aggregate is computed in the
 * database, in a fixed number of statements whatever the portfolio's size. Internal tasks count only for the
 * viewer's own party.
 */
@MayReadReplica
@Service
@Transactional(readOnly = true)
@PreAuthorize(Reports.MAY_READ)
public class Dashboard {

    /** Updates not yet submitted need attention from this many days before the period's end. */
    public static final int CLOSING_SOON_DAYS = 14;

    private final DashboardReader reader;
    private final ReportReader reports;
    private final ReportAssembler assembler;
    private final PeriodTrends trends;
    private final Directory directory;
    private final Clock clock;

    @Autowired
    Dashboard(DashboardReader reader, ReportReader reports, ReportAssembler assembler, PeriodTrends trends,
              Directory directory, ObjectProvider<Clock> clock) {
        this(reader, reports, assembler, trends, directory, clock.getIfAvailable(Clock::systemUTC));
    }

    Dashboard(DashboardReader reader, ReportReader reports, ReportAssembler assembler, PeriodTrends trends,
              Directory directory, Clock clock) {
        this.reader = reader;
        this.reports = reports;
        this.assembler = assembler;
        this.trends = trends;
        this.directory = directory;
        this.clock = clock;
    }

    /** Every reporting period, the latest first. */
    public List<DashboardPeriod> periods() {
        return reader.periods().reversed();
    }

    /** The agreements, then the commitments, a dashboard can be limited to. */
    public List<DashboardScope> scopes() {
        return reader.scopes();
    }

    /** The period a dashboard opens on: the open one (the latest, if several), else the latest. */
    public Optional<DashboardPeriod> defaultPeriod(List<DashboardPeriod> latestFirst) {
        return latestFirst.stream().filter(DashboardPeriod::open).findFirst().or(() -> latestFirst.stream().findFirst());
    }

    /** The dashboard of a period ({@code periodId}, or the default when null) and scope; empty without periods. */
    public Optional<DashboardFigures> figures(Long periodId, ReportScope scope) {
        List<DashboardPeriod> all = reader.periods();
        Optional<DashboardPeriod> chosen = periodId == null ? defaultPeriod(all.reversed())
                : all.stream().filter(period -> period.id() == periodId).findFirst();
        if (periodId != null && chosen.isEmpty()) {
            throw new InvalidInputException("period", "report.period.unknown");
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        DashboardPeriod period = chosen.get();
        DashboardPeriod previous = all.stream().filter(p -> p.start().isBefore(period.start()))
                .max(Comparator.comparing(DashboardPeriod::start)).orElse(null);
        return Optional.of(figures(period, previous, scope));
    }

    private DashboardFigures figures(DashboardPeriod period, DashboardPeriod previous, ReportScope scope) {
        PersonRef me = directory.me();
        LocalDate today = LocalDate.now(clock);
        boolean live = period.open();
        LocalDate asOf = live || period.end().isAfter(today) ? today : period.end();
        boolean snapshot = live || period.snapshot();
        Long before = previous != null && previous.snapshot() ? previous.id() : null;

        LiveMilestones liveMilestones = live ? reader.liveMilestones(scope, today) : null;
        var milestones = milestones(live ? liveMilestones.bySide()
                : snapshot ? reader.snapshotMilestones(scope, period.id()) : null,
                before == null ? null : reader.snapshotMilestones(scope, before));
        var health = health(live ? reader.liveHealth(scope) : snapshot ? reader.snapshotHealth(scope, period.id()) : null,
                before == null ? null : reader.snapshotHealth(scope, before));
        List<String> parties = reports.partyCodes();
        var overdue = overdue(parties, live ? reader.liveOverdueTasks(scope, today, me.partyId())
                : reports.overdueTasks(scope, asOf, me.partyId()),
                previous == null ? null : reports.overdueTasks(scope, previous.end(), me.partyId()));
        var parity = parity(parties, reports.parity(scope, List.of(period.id())),
                previous == null ? null : reports.parity(scope, List.of(previous.id())));
        var uncoveredNow = reader.liveUncovered(scope, DashboardReader.ATTENTION_CAP);
        var uncovered = new Uncovered(Figure.of(live ? Integer.valueOf(uncoveredNow.total())
                : snapshot ? Integer.valueOf(reader.snapshotUncovered(scope, period.id())) : null,
                before == null ? null : reader.snapshotUncovered(scope, before)),
                live ? uncoveredNow.rows() : List.of());
        boolean closingSoon = live && !today.isBefore(period.end().minusDays(CLOSING_SOON_DAYS));
        var attention = new Attention(reader.turned(scope, since(period, previous), until(period), live),
                live ? new Capped<>(reader.lateMilestones(scope, today, liveMilestones.sum(3)), liveMilestones.sum(4))
                        : new Capped<>(List.of(), 0),
                live ? reader.updates(scope, period.id(), closingSoon) : new Capped<>(List.of(), 0), closingSoon);
        return new DashboardFigures(period, previous, scope, asOf, live, milestones, health, overdue, parity, uncovered,
                trends.of(scope), attention, live ? liveMilestones.charts() : null);
    }

    /** "This period" starts when the previous period's snapshot was taken, or else on the period's first day. */
    private static Instant since(DashboardPeriod period, DashboardPeriod previous) {
        return previous != null && previous.snapshot() ? previous.snapshotTakenAt()
                : period.start().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** ... and ends now, when its own snapshot was taken, or after its last day. */
    private Instant until(DashboardPeriod period) {
        return period.open() ? clock.instant().plusSeconds(1) : period.snapshot() ? period.snapshotTakenAt()
                : period.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The report's four charts for the period and scope, in the viewer's language. */
    public ReportCharts charts(long periodId, ReportScope scope, ReportLanguage language) {
        return assembler.charts(scope, period(periodId), language, null);
    }

    /** The report's four charts of a dashboard, from the numbers its figures counted when they are live. */
    public ReportCharts charts(DashboardFigures figures, ReportLanguage language) {
        return assembler.charts(figures.scope(), period(figures.period().id()), language, figures.chartCounts());
    }

    private ReportPeriod period(long periodId) {
        return reports.period(periodId).orElseThrow(() -> new InvalidInputException("period", "report.period.unknown"));
    }

    /** The trends over periods as two charts: initiatives by health, and the on-time milestone rate. */
    public List<Chart> trendCharts(List<PeriodTrend> periodTrends, ReportLanguage language) {
        return TrendCharts.draw(periodTrends, new ReportWords(language));
    }

    private static List<Milestones> milestones(Map<OwnerSide, int[]> now, Map<OwnerSide, int[]> before) {
        List<Milestones> sides = new ArrayList<>();
        for (OwnerSide side : OwnerSide.values()) {
            int[] n = now == null ? null : now.getOrDefault(side, new int[4]);
            int[] b = before == null ? null : before.getOrDefault(side, new int[4]);
            sides.add(new Milestones(side, figure(n, b, 0), figure(n, b, 1), figure(n, b, 2), figure(n, b, 3)));
        }
        return sides;
    }

    private static Figure figure(int[] now, int[] before, int index) {
        return Figure.of(now == null ? null : now[index], before == null ? null : before[index]);
    }

    private static Initiatives health(Map<Health, Integer> now, Map<Health, Integer> before) {
        Function<Health, Figure> of = health -> Figure.of(now == null ? null : now.getOrDefault(health, 0),
                before == null ? null : before.getOrDefault(health, 0));
        return new Initiatives(of.apply(Health.GREEN), of.apply(Health.AMBER), of.apply(Health.RED));
    }

    /** By party then agency; an agency overdue before but not now shows with zero, so that its change is seen. */
    private static List<PartyOverdue> overdue(List<String> partyCodes, List<OverdueTasks> now,
                                              List<OverdueTasks> before) {
        Map<String, Map<String, AgencyOverdue>> byParty = new LinkedHashMap<>();
        partyCodes.forEach(party -> byParty.put(party, new LinkedHashMap<>()));
        now.forEach(row -> byParty.computeIfAbsent(row.partyCode(), p -> new LinkedHashMap<>())
                .put(row.agencyCode(), new AgencyOverdue(row.agencyCode(), row.agencyName(),
                        Figure.of(row.count(), before == null ? null : 0))));
        if (before != null) {
            before.forEach(row -> byParty.computeIfAbsent(row.partyCode(), p -> new LinkedHashMap<>())
                    .merge(row.agencyCode(), new AgencyOverdue(row.agencyCode(), row.agencyName(),
                            Figure.of(0, row.count())), (n, b) -> new AgencyOverdue(n.agencyCode(), n.agencyName(),
                            Figure.of(n.count().now(), row.count()))));
        }
        List<PartyOverdue> parties = new ArrayList<>();
        byParty.forEach((party, agencies) -> {
            List<AgencyOverdue> rows = agencies.values().stream()
                    .sorted(Comparator.comparing(AgencyOverdue::agencyCode)).toList();
            int total = rows.stream().mapToInt(row -> row.count().now()).sum();
            Integer totalBefore = before == null ? null : rows.stream().mapToInt(row -> row.count().before()).sum();
            parties.add(new PartyOverdue(party, Figure.of(total, totalBefore), rows));
        });
        return parties;
    }

    private static List<Parity> parity(List<String> partyCodes, List<UpdateParity> now, List<UpdateParity> before) {
        List<Parity> parties = new ArrayList<>();
        for (String party : partyCodes) {
            UpdateParity n = find(now, party);
            UpdateParity b = before == null ? null : find(before, party);
            parties.add(new Parity(party, Figure.of(n.approved(), b == null ? null : b.approved()),
                    Figure.of(n.submittedLate(), b == null ? null : b.submittedLate()),
                    Figure.of(n.returned(), b == null ? null : b.returned()),
                    Figure.of(n.neverSubmitted(), b == null ? null : b.neverSubmitted())));
        }
        return parties;
    }

    private static UpdateParity find(List<UpdateParity> rows, String party) {
        return rows.stream().filter(row -> row.partyCode().equals(party)).findFirst()
                .orElse(new UpdateParity(party, 0, 0, 0, 0));
    }
}
