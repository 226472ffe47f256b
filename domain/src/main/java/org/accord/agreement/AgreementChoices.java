package org.accord.agreement;

import java.util.List;

/** The agreements and commitments that filters and forms offer, as they stood when last read. */
public record AgreementChoices(List<AgreementRow> agreements, List<CommitmentRef> commitments) {
}
