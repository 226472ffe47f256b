package org.accord.progress;

/** An update of a closed period that its party never submitted. */
public record NeverSubmitted(String initiativeCode, String partyCode) {
}
