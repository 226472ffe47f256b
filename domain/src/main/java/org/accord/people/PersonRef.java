package org.accord.people;

import java.util.Set;

/** A person as other features refer to them: leads, co-chairs, authors. */
public record PersonRef(long id, String username, String displayName, long partyId, String partyCode,
                        String agencyCode, boolean enabled, Set<Role> roles) {

    static PersonRef of(UserAccount user) {
        return new PersonRef(user.getId(), user.getUsername(), user.getDisplayName(), user.getParty().getId(),
                user.getParty().getCode(), user.getAgency().getCode(), user.isEnabled(), user.getRoles());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdminOrProgramManager() {
        return has(Role.ADMIN) || has(Role.PROGRAM_MANAGER);
    }

    /** How choosers show the person: name, country and agency. */
    public String label() {
        return displayName + " (" + partyCode + " · " + agencyCode + ")";
    }
}
