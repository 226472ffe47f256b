package org.accord.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    /** The parties in their order (the columns of a bilateral table). */
    public List<String> partyCodes() {
        return reader.partyCodes();
    }

    ReportOutline outline() {
        return outline;
    }

    public int initiativeCount() {
        return outline.size();
    }

    /** The parts of a section a renderer needs; the others are left empty and not read. */
    public enum Part { SIDES, MILESTONES, UPDATES, RISKS, NOTES }

    /** Every initiative section in report order. */
    public void eachSection(Consumer<InitiativeSection> consumer, ReportProgress progress) {
        eachSection(0, outline.size(), EnumSet.allOf(Part.class), consumer, progress);
    }

    /** Every initiative section in report order, with only {@code parts} read. */
    public void eachSection(Set<Part> parts, Consumer<InitiativeSection> consumer, ReportProgress progress) {
        eachSection(0, outline.size(), parts, consumer, progress);
    }

    /** The sections of initiatives {@code from} (inclusive) to {@code to} (exclusive) in report order. */
    public void eachSection(int from, int to, Set<Part> parts, Consumer<InitiativeSection> consumer,
                            ReportProgress progress) {
        List<ReportOutline.Entry> entries = outline.entries().subList(Math.max(0, from), Math.min(to, outline.size()));
        for (int start = 0; start < entries.size(); start += CHUNK) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The report was cancelled");
            }
            List<ReportOutline.Entry> chunk = entries.subList(start, Math.min(start + CHUNK, entries.size()));
            List<Long> ids = chunk.stream().map(entry -> entry.initiative().id()).toList();
            Map<Long, List<LeadLine>> sides = parts.contains(Part.SIDES) ? reader.sides(ids) : Map.of();
            Map<Long, List<MilestoneLine>> milestones = parts.contains(Part.MILESTONES)
                    ? reader.milestones(ids, cover.asOf()) : Map.of();
            Map<Long, List<UpdateLine>> updates = parts.contains(Part.UPDATES) ? reader.updates(ids, periodIds) : Map.of();
            Map<Long, List<RiskLine>> risks = parts.contains(Part.RISKS) ? reader.openRisks(ids, cover.period().end())
                    : Map.of();
            Map<Long, List<NoteLine>> notes = internalPartyId == null || !parts.contains(Part.NOTES) ? Map.of()
                    : reader.internalNotes(ids, internalPartyId);
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
