package org.accord.report;

/** An initiative's health and status as an issued report showed them. */
public record InitiativeFact(long initiativeId, String health, String status) {
}
