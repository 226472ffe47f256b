package org.accord.people;

import java.util.Set;

/** A service account as the administrator's list shows it. */
public record ServiceAccountRow(long id, String username, String displayName, String agencyCode, Set<Role> roles,
                                boolean enabled) {

    static ServiceAccountRow of(UserAccount account) {
        return new ServiceAccountRow(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getAgency().getCode(), account.getRoles(), account.isEnabled());
    }
}
