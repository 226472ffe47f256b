package org.accord.report;

/** The three parts of a progress update, in one language. */
public record UpdateText(String accomplishments, String nextSteps, String risksAndIssues) {
}
