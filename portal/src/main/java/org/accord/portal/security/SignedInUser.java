package org.accord.portal.security;

import java.util.Collection;
import org.accord.people.Language;
import org.accord.people.LoginAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a session. Equal by username, so the session registry finds all of a user's sessions. */
public class SignedInUser extends User {

    private final String displayName;
    private final String partyCode;
    private final String agencyCode;
    private final Language language;

    SignedInUser(LoginAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, !account.locked(),
                authorities(account));
        this.displayName = account.displayName();
        this.partyCode = account.partyCode();
        this.agencyCode = account.agencyCode();
        this.language = account.language();
    }

    private static Collection<GrantedAuthority> authorities(LoginAccount account) {
        return account.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    public String displayName() {
        return displayName;
    }

    public String partyCode() {
        return partyCode;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public Language language() {
        return language;
    }
}
