package org.accord.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.ScheduleState;
import org.springframework.stereotype.Component;

/**
 * What a report shows that can change between two issued reports (health, each milestone's state, each party's
 * risks), and what changed since the last issued report of the same scope.
 */
@Component
class ReportChangesReader {

    static final int MAX_LISTED = 300;

    private final ReportReader reader;
    private final IssuedReports issuedReports;

    ReportChangesReader(ReportReader reader, IssuedReports issuedReports) {
        this.reader = reader;
        this.issuedReports = issuedReports;
    }

    /** The facts of the report as it reads now: kept with an issued report for the next one to compare. */
    ReportFacts facts(ReportRequest request, ReportOutline outline, LocalDate asOf, ReportPeriod period) {
        List<InitiativeFact> initiatives = outline.entries().stream().map(entry -> new InitiativeFact(
                entry.initiative().id(), entry.initiative().health().name(), entry.initiative().status().name())).toList();
        List<MilestoneFact> milestones = new ArrayList<>();
        reader.eachMilestone(request.scope(), asOf, milestone -> milestones.add(new MilestoneFact(milestone.id(),
                state(milestone), milestone.status() == MilestoneStatus.DONE)));
        return new ReportFacts(initiatives, milestones, riskFacts(outline, period));
    }

    private List<RiskFact> riskFacts(ReportOutline outline, ReportPeriod period) {
        List<RiskFact> risks = new ArrayList<>();
        List<Long> ids = outline.initiativeIds();
        for (int start = 0; start < ids.size(); start += ReportContent.CHUNK) {
            reader.openRisks(ids.subList(start, Math.min(start + ReportContent.CHUNK, ids.size())), period.end())
                    .values().forEach(lines -> lines.forEach(risk -> risks.add(new RiskFact(risk.initiativeId(),
                            risk.partyCode(), hash(risk.text())))));
        }
        return risks;
    }

    ReportChanges since(ReportRequest request, ReportOutline outline, LocalDate asOf, ReportPeriod period) {
        Optional<PreviousReport> previous = issuedReports.lastIssued(request.scope().kind(), request.scope().id(),
                period.id());
        if (previous.isEmpty()) {
            return ReportChanges.none();
        }
        ReportFacts before = previous.get().facts();
        Map<Long, String> codes = new HashMap<>();
        outline.entries().forEach(entry -> codes.put(entry.initiative().id(), entry.initiative().code()));
        var changes = new Collector();
        healthChanges(outline, before, changes);
        milestoneChanges(request, asOf, before, codes, changes);
        riskChanges(outline, before, riskFacts(outline, period), changes);
        return new ReportChanges(previous.get().report().identifier(), previous.get().report().issuedAt(),
                List.copyOf(changes.listed), changes.notListed);
    }

    private static void healthChanges(ReportOutline outline, ReportFacts before, Collector changes) {
        Map<Long, String> healthBefore = new HashMap<>();
        before.initiatives().forEach(fact -> healthBefore.put(fact.initiativeId(), fact.health()));
        for (ReportOutline.Entry entry : outline.entries()) {
            String was = healthBefore.get(entry.initiative().id());
            String is = entry.initiative().health().name();
            if (was != null && !was.equals(is)) {
                changes.add(new ReportChange(ChangeKind.HEALTH_CHANGED, entry.initiative().code(),
                        entry.initiative().title(), null, was, is));
            }
        }
    }

    private void milestoneChanges(ReportRequest request, LocalDate asOf, ReportFacts before, Map<Long, String> codes,
                                  Collector changes) {
        Map<Long, MilestoneFact> was = new HashMap<>();
        before.milestones().forEach(fact -> was.put(fact.milestoneId(), fact));
        reader.eachMilestone(request.scope(), asOf, milestone -> {
            MilestoneFact previous = was.get(milestone.id());
            String state = state(milestone);
            boolean done = milestone.status() == MilestoneStatus.DONE;
            String code = codes.getOrDefault(milestone.initiativeId(), "");
            if (done && (previous == null || !previous.done())) {
                changes.add(new ReportChange(ChangeKind.NEWLY_DONE, code, milestone.title(), milestone.side().name(),
                        null, null));
            } else if ("MISSED".equals(state) && (previous == null || !"MISSED".equals(previous.scheduleState()))) {
                changes.add(new ReportChange(ChangeKind.NEWLY_MISSED, code, milestone.title(), milestone.side().name(),
                        null, null));
            } else if ("LATE".equals(state) && (previous == null || "ON_TIME".equals(previous.scheduleState()))) {
                changes.add(new ReportChange(ChangeKind.NEWLY_SLIPPED, code, milestone.title(), milestone.side().name(),
                        null, null));
            }
        });
    }

    private static void riskChanges(ReportOutline outline, ReportFacts before, List<RiskFact> now, Collector changes) {
        Map<String, String> was = new HashMap<>();
        before.risks().forEach(risk -> was.put(risk.initiativeId() + "/" + risk.partyCode(), risk.risksSha256()));
        Map<Long, ReportOutline.Entry> entries = new HashMap<>();
        outline.entries().forEach(entry -> entries.put(entry.initiative().id(), entry));
        for (RiskFact risk : now) {
            if (!risk.risksSha256().equals(was.get(risk.initiativeId() + "/" + risk.partyCode()))) {
                ReportOutline.Entry entry = entries.get(risk.initiativeId());
                changes.add(new ReportChange(ChangeKind.NEW_RISK, entry.initiative().code(), entry.initiative().title(),
                        risk.partyCode(), null, null));
            }
        }
    }

    /** A milestone's state as two reports compare it: done, cancelled, missed (or overdue), late or on time. */
    static String state(MilestoneLine milestone) {
        if (milestone.status() == MilestoneStatus.DONE || milestone.status() == MilestoneStatus.CANCELLED) {
            return milestone.status().name();
        }
        if (milestone.status() == MilestoneStatus.MISSED || milestone.state() == ScheduleState.OVERDUE) {
            return "MISSED";
        }
        return milestone.state().name();
    }

    private static String hash(String text) {
        return Sha256.hex(text.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Keeps the first {@value #MAX_LISTED} changes and counts the rest. */
    private static final class Collector {
        private final List<ReportChange> listed = new ArrayList<>();
        private int notListed;

        void add(ReportChange change) {
            if (listed.size() < MAX_LISTED) {
                listed.add(change);
            } else {
                notListed++;
            }
        }
    }
}
