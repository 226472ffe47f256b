package org.accord.report;

/** The language of a report: English, Spanish, or both side by side. */
public enum ReportLanguage {
    EN,
    ES,
    SIDE_BY_SIDE
}
