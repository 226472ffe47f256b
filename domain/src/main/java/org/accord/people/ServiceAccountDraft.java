package org.accord.people;

import java.util.EnumSet;
import java.util.Set;

/** A service account being created or edited; only {@link ServiceAccounts#save} turns it into a change. */
public class ServiceAccountDraft {

    private Long id;
    private long version;
    private String username = "";
    private String displayName = "";
    private Agency agency;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;

    public ServiceAccountDraft() {
    }

    static ServiceAccountDraft of(UserAccount account) {
        var draft = new ServiceAccountDraft();
        draft.id = account.getId();
        draft.version = account.getVersion();
        draft.username = account.getUsername();
        draft.displayName = account.getDisplayName();
        draft.agency = account.getAgency();
        draft.setRoles(account.getRoles());
        draft.enabled = account.isEnabled();
        return draft;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Agency getAgency() {
        return agency;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
