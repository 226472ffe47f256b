package org.accord.demo;

/** A note on a demo initiative, written by the program manager of {@code partyCode}; internal notes stay in that party. */
record NoteSeed(String initiativeCode, String partyCode, boolean internal, String body) {
}
