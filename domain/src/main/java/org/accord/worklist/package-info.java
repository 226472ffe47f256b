/**
 * The oversight lead's worklist: their initiatives with the next milestone, milestones due soon, progress updates to
 * write and overdue tasks they handed out. A read model only: one statement per list, computed in the database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"people", "initiative", "milestone", "progress"})
package org.accord.worklist;
