package org.accord.portal.security;

import org.accord.people.LoginAccount;
import org.accord.people.Role;
import org.accord.people.SignIn;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from the database for Spring Security. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final SignIn signIn;

    AccountDetailsService(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return signIn.findForLogin(username)
                .map(AccountDetailsService::toUserDetails)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    private static UserDetails toUserDetails(LoginAccount account) {
        return new SignedInUser(account.username(), account.passwordHash(), account.enabled(), account.locked(),
                AuthorityUtils.createAuthorityList(account.roles().stream().map(Role::authority).toList()),
                account.securityStamp());
    }
}
