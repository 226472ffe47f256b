package org.accord.report;

import java.util.List;

/** Everything the report says about one initiative, under its agreement and commitment. */
public record InitiativeSection(AgreementHeading agreement, CommitmentHeading commitment, InitiativeLine initiative,
                                List<LeadLine> sides, List<MilestoneLine> milestones, List<UpdateLine> updates,
                                List<RiskLine> risks, List<NoteLine> internalNotes) {
}
