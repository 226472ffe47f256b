package org.accord.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.MeetingCadence;
import org.accord.agreement.SignatoryDraft;

/** One instrument of 27 February 2012 as the demo registers it, with its commitments and governance body. */
record AgreementSeed(String code, String titleEn, String titleEs, AgreementKind kind, String summaryEn,
                     String summaryEs, List<SignatoryDraft> signatories, List<CommitmentSeed> commitments,
                     GovernanceSeed governance) {

    static final LocalDate SIGNED_ON = LocalDate.of(2012, 2, 27);
    static final String SIGNED_PLACE = "Mexico City / Ciudad de México";

    record CommitmentSeed(int number, String titleEn, String titleEs, String descriptionEn, String descriptionEs) {
    }

    /** Co-chairs by party code and members, by username. */
    record GovernanceSeed(String nameEn, String nameEs, MeetingCadence cadence, Map<String, String> coChairs,
                          List<String> members) {
    }
}
