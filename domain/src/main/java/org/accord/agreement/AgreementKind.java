package org.accord.agreement;

public enum AgreementKind {
    DECLARATION_OF_PRINCIPLES,
    INTERCONNECTION_SECURITY_AGREEMENT,
    JOINT_STATEMENT,
    MEMORANDUM,
    PILOT_PROGRAM,
    OTHER
}
