package org.accord.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.accord.shared.PlainText;
import org.accord.shared.TypedText;
import org.accord.shared.VisibleText;

/**
 * A user being created or edited in the administration form. The form binds to it; only
 * {@link UserAdministration#save} turns it into a change of the account.
 */
public class UserDraft {

    private Long id;
    private long version;

    @VisibleText(message = "{user.username.required}")
    @Size(max = 60, message = "{user.username.too-long}")
    @Pattern(regexp = "^[A-Za-z0-9._-]*$", message = "{user.username.pattern}")
    private String username = "";

    @VisibleText(message = "{user.display-name.required}")
    @Size(max = 120, message = "{user.display-name.too-long}")
    @PlainText
    private String displayName = "";

    @VisibleText(message = "{user.email.required}")
    @Size(max = 254, message = "{user.email.too-long}")
    @Email(message = "{user.email.invalid}")
    private String email = "";

    @NotNull(message = "{user.party.required}")
    private Party party;

    @NotNull(message = "{user.agency.required}")
    private Agency agency;

    @NotNull
    private Language language = Language.EN;

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    /** Only for a new user: the first password. */
    private String initialPassword = "";

    public UserDraft() {
    }

    static UserDraft of(UserAccount user) {
        UserDraft draft = new UserDraft();
        draft.id = user.getId();
        draft.version = user.getVersion();
        draft.username = user.getUsername();
        draft.displayName = user.getDisplayName();
        draft.email = user.getEmail();
        draft.party = user.getParty();
        draft.agency = user.getAgency();
        draft.language = user.getPreferredLanguage();
        draft.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        draft.enabled = user.isEnabled();
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
        this.displayName = TypedText.stripped(displayName);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Party getParty() {
        return party;
    }

    public void setParty(Party party) {
        this.party = party;
    }

    public Agency getAgency() {
        return agency;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
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

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
