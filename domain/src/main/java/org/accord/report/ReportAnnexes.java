package org.accord.report;

import java.util.List;

/** What the sections cannot show: commitments no initiative implements, updates never submitted, translations missing. */
public record ReportAnnexes(List<CommitmentHeading> uncoveredCommitments, List<NeverSubmitted> neverSubmitted,
                            List<MissingTranslation> missingTranslations) {
}
