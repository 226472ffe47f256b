package org.accord.report;

/** The issued report a new one is compared with, and what it said. */
public record PreviousReport(IssuedReportView report, ReportFacts facts) {
}
