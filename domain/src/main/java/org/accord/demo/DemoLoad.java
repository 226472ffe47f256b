package org.accord.demo;

import java.util.Map;

/** What one load of the demo portfolio added: agreements, and the new initiatives' ids by code. */
public record DemoLoad(int agreementsAdded, Map<String, Long> initiativesAdded) {

    public boolean addedAnything() {
        return agreementsAdded > 0 || !initiativesAdded.isEmpty();
    }
}
