package org.accord.people;

import org.accord.shared.InvalidInputException;

/** NIST-style: long enough, not absurdly long, no composition rules. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy; {@code field} names the form field to show the message at. */
    public static void check(String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException(field, "password.too-short");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new InvalidInputException(field, "password.too-long");
        }
    }
}
