package org.accord.report;

import java.util.List;

/**
 * The report's initiatives in reading order (agreement code, commitment number, initiative code), each under the
 * first commitment it implements in the scope; small (headings only), so it is read whole.
 */
record ReportOutline(List<Entry> entries) {

    record Entry(AgreementHeading agreement, CommitmentHeading commitment, InitiativeLine initiative) {
    }

    List<Long> initiativeIds() {
        return entries.stream().map(entry -> entry.initiative().id()).toList();
    }

    int size() {
        return entries.size();
    }
}
