package org.accord.report;

/** Open tasks past their due date on the report's day, by the assignee's party and agency. */
public record OverdueTasks(String partyCode, String agencyCode, Bilingual agencyName, int count) {
}
