package org.accord.people;

/** What a user may do in the portal (DESIGN.md §4). */
public enum Role {
    ADMIN,
    PROGRAM_MANAGER,
    OVERSIGHT_LEAD,
    LIAISON,
    EXECUTIVE;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
