package org.accord.task;

/** The signed-in person's open tasks and how many of them are overdue, for the side navigation. */
public record TaskCounts(long open, long overdue) {
}
