package org.accord.notification;

/** Small text helpers for stored values with column limits. */
final class Texts {

    private Texts() {
    }

    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
