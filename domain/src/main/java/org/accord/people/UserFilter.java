package org.accord.people;

/** What the users grid is narrowed to; null or blank parts match everything. */
public record UserFilter(String text, String partyCode, Role role, Boolean enabled) {

    public static UserFilter all() {
        return new UserFilter(null, null, null, null);
    }

    String textPattern() {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%";
    }

    String party() {
        return partyCode == null || partyCode.isBlank() ? null : partyCode;
    }
}
