package org.accord.report;

import java.util.List;

/** What an issued report said, kept beside it for "what changed since the last issued report". */
public record ReportFacts(List<InitiativeFact> initiatives, List<MilestoneFact> milestones, List<RiskFact> risks) {

    public ReportFacts {
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        risks = risks == null ? List.of() : List.copyOf(risks);
    }

    public static ReportFacts none() {
        return new ReportFacts(List.of(), List.of(), List.of());
    }
}
