package org.accord.report;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * One report's content for one viewer: the cover, summary, changes and annexes read at once (they are small), the
 * initiative sections read in chunks, in report order, as a renderer walks them, so memory does not grow with the
 * portfolio. Walking checks for cancellation and tells {@link ReportProgress} how far it got.
 */
public final class ReportContent {

    static final int CHUNK = 200;

    private final ReportReader reader;
    private final ReportCover cover;
    private final ReportSummary summary;
    private final ReportChanges changes;
    private final ReportAnnexes annexes;
    private final ReportCharts charts;
    private final ReportOutline outline;
    private final List<Long> periodIds;
    private final Long internalPartyId;

    ReportContent(ReportReader reader, ReportCover cover, ReportSummary summary, ReportChanges changes,
                  ReportAnnexes annexes, ReportCharts charts, ReportOutline outline, List<Long> periodIds,
                  Long internalPartyId) {
        this.reader = reader;
        this.cover = cover;
        this.summary = summary;
        this.changes = changes;
        this.annexes = annexes;
        this.charts = charts;
        this.outline = outline;
        this.periodIds = periodIds;
        this.internalPartyId = internalPartyId;
    }

    public ReportCover cover() {
        return cover;
    }

    public ReportSummary summary() {
        return summary;
    }

    public ReportChanges changes() {
        return changes;
    }

    public ReportAnnexes annexes() {
        return annexes;
    }

    public ReportCharts charts() {
        return charts;
    }

    public int initiativeCount() {
        return outline.size();
    }

    /** Every initiative section in report order. */
    public void eachSection(Consumer<InitiativeSection> consumer, ReportProgress progress) {
        eachSection(0, outline.size(), consumer, progress);
    }

    /** The sections of initiatives {@code from} (inclusive) to {@code to} (exclusive) in report order. */
    public void eachSection(int from, int to, Consumer<InitiativeSection> consumer, ReportProgress progress) {
        List<ReportOutline.Entry> entries = outline.entries().subList(Math.max(0, from), Math.min(to, outline.size()));
        for (int start = 0; start < entries.size(); start += CHUNK) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The report was cancelled");
            }
            List<ReportOutline.Entry> chunk = entries.subList(start, Math.min(start + CHUNK, entries.size()));
            List<Long> ids = chunk.stream().map(entry -> entry.initiative().id()).toList();
            var sides = reader.sides(ids);
            var milestones = reader.milestones(ids, cover.asOf());
            var updates = reader.updates(ids, periodIds);
            var risks = reader.openRisks(ids, cover.period().end());
            Map<Long, List<NoteLine>> notes = internalPartyId == null ? Map.of()
                    : reader.internalNotes(ids, internalPartyId, cover.period());
            for (ReportOutline.Entry entry : chunk) {
                long id = entry.initiative().id();
                consumer.accept(new InitiativeSection(entry.agreement(), entry.commitment(), entry.initiative(),
                        sides.getOrDefault(id, List.of()), milestones.getOrDefault(id, List.of()),
                        updates.getOrDefault(id, List.of()), risks.getOrDefault(id, List.of()),
                        notes.getOrDefault(id, List.of())));
            }
            progress.advanced(from + start + chunk.size(), outline.size());
        }
    }
}
