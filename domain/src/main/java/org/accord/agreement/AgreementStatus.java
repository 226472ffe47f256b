package org.accord.agreement;

public enum AgreementStatus {
    IN_FORCE,
    EXPIRED,
    SUPERSEDED
}
