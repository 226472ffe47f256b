package org.accord.people;

/** A demo account to print at start: who to sign in as, to try which role. */
public record DemoLogin(String username, String displayName, String partyCode, Role role) {
}
