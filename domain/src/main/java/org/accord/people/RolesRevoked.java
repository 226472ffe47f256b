package org.accord.people;

import java.util.Set;

/**
 * Published, inside the saving transaction, when an administrator takes roles away from a user: what those roles
 * gave (an initiative's oversight, say) ends with them. {@code revokedBy} is the administrator's username.
 */
public record RolesRevoked(long userId, String username, Set<Role> roles, String revokedBy) {
}
