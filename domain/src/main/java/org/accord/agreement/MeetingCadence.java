package org.accord.agreement;

public enum MeetingCadence {
    MONTHLY,
    QUARTERLY,
    SEMIANNUAL,
    ANNUAL,
    AS_NEEDED
}
