package org.accord.portal.api.security;

import java.util.List;
import org.accord.people.MyAccount;
import org.accord.people.Profile;
import org.accord.people.Role;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the token acts as, and the token itself; a first call to check a token works. */
@RestController
class MeController {

    record Token(String name, String scope, String expiresAt) {
    }

    record Me(String username, String displayName, String party, String agency, List<String> roles, Token token) {
    }

    private final MyAccount account;

    MeController(MyAccount account) {
        this.account = account;
    }

    @GetMapping(value = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Me me() {
        ApiTokenAuthentication token = ApiTokenAuthentication.current()
                .orElseThrow(() -> new IllegalStateException("The API chain lets no request in without a token"));
        Profile me = account.profile();
        return new Me(me.username(), me.displayName(), me.party().getCode(), me.agency().getCode(),
                me.roles().stream().map(Role::name).sorted().toList(),
                new Token(token.tokenName(), token.scope().name(), token.expiresAt().toString()));
    }
}
