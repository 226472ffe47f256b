package org.accord.portal.api;

import java.time.LocalDate;
import org.accord.people.ApiScope;
import org.accord.people.ApiTokens;
import org.accord.people.NewApiToken;
import org.accord.testsupport.SignedIn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Tokens for API tests: made through the real service, as the demo user would on My account.
 * <pre>
 * var tokens = new ApiTokensForTests(context);        // &#64;Autowired ApplicationContext context
 * String secret = tokens.create("liaison.us", ApiScope.READ_WRITE);
 * new ApiClient(port).get("/api/v1/me", secret);
 * </pre>
 */
public class ApiTokensForTests {

    private final SignedIn signedIn;
    private final ApiTokens tokens;
    private final JdbcTemplate jdbc;

    public ApiTokensForTests(ApplicationContext context) {
        this.signedIn = new SignedIn(context.getBean(UserDetailsService.class));
        this.tokens = context.getBean(ApiTokens.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** A new token of this person, valid for 30 days, with a unique name; the secret to send as Bearer. */
    public String create(String username, ApiScope scope) {
        return createToken(username, "test " + System.nanoTime(), scope).secret();
    }

    /** A new token of this person with this name, valid for 30 days: the secret and how the list shows it. */
    public NewApiToken createToken(String username, String name, ApiScope scope) {
        return signedIn.as(username, () -> tokens.create(name, LocalDate.now().plusDays(30), scope));
    }

    public void revoke(String username, long tokenId) {
        signedIn.as(username, () -> tokens.revoke(tokenId));
    }

    /** Makes the token expired a minute ago, as if its last day had passed. */
    public void expire(long tokenId) {
        jdbc.update("update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), tokenId);
    }
}
