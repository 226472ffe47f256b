package org.accord.people;

import org.accord.shared.TypedText;
/** What the users grid is narrowed to; null or blank parts match everything. */
public record UserFilter(String text, String partyCode, Role role, Boolean enabled) {

    public static UserFilter all() {
        return new UserFilter(null, null, null, null);
    }

    String textPattern() {
        return TypedText.containsPattern(text);
    }

    String party() {
        return partyCode == null || partyCode.isBlank() ? null : partyCode;
    }
}
