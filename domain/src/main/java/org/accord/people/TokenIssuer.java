package org.accord.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.TypedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Makes and revokes tokens for an owner, whoever asked ({@link ApiTokens} for oneself, {@link ServiceAccounts} for
 * a partner system). A token is valid through its expiry date (UTC), at most a year ahead.
 */
@Component
class TokenIssuer {

    static final int MAX_DAYS_AHEAD = 366;
    private static final Logger log = LoggerFactory.getLogger(TokenIssuer.class);

    private final ApiTokenRepository tokens;
    private final AuditLog audit;
    private final Clock clock;

    TokenIssuer(ApiTokenRepository tokens, AuditLog audit, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The last day a new token may be valid through. */
    LocalDate latestExpiry() {
        return today().plusYears(1);
    }

    List<ApiTokenRow> tokensOf(UserAccount owner) {
        Instant now = clock.instant();
        return tokens.findByOwnerIdAndRevokedAtIsNullOrderByCreatedAtDesc(owner.getId()).stream()
                .map(token -> ApiTokenRow.of(token, now)).toList();
    }

    NewApiToken issue(UserAccount owner, String name, LocalDate expiresOn, ApiScope scope, String actor) {
        String clean = TypedText.requiredLine("name", name, ApiToken.MAX_NAME_LENGTH, "token.name.required");
        if (expiresOn == null) {
            throw new InvalidInputException("expiresOn", "token.expiry.required");
        }
        if (!expiresOn.isAfter(today())) {
            throw new InvalidInputException("expiresOn", "token.expiry.past");
        }
        if (expiresOn.isAfter(latestExpiry())) {
            throw new InvalidInputException("expiresOn", "token.expiry.too-far");
        }
        if (scope == null) {
            throw new InvalidInputException("scope", "token.scope.required");
        }
        if (tokens.existsByOwnerIdAndName(owner.getId(), clean)) {
            throw new InvalidInputException("name", "token.name.taken");
        }
        String publicId = ApiTokenSecrets.newPublicId();
        String secret = ApiTokenSecrets.newSecret();
        Instant expiresAt = expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        ApiToken token = new ApiToken(owner.getId(), clean, publicId, ApiTokenSecrets.hash(secret), scope,
                clock.instant(), expiresAt);
        try {
            tokens.saveAndFlush(token);
        } catch (DataIntegrityViolationException raced) {
            throw new InvalidInputException("name", "token.name.taken");
        }
        log.info("API token '{}' created for {} by {}", clean, owner.getUsername(), actor);
        audit.record(AuditEntry.success(actor, AuditAction.API_TOKEN_CREATED, owner.getUsername())
                .withDetails("token=" + clean + ", scope=" + scope + ", expires=" + expiresOn));
        return new NewApiToken(ApiTokenRow.of(token, clock.instant()),
                ApiTokenSecrets.presented(publicId, secret));
    }

    /** Revokes a token of this owner; a token of anyone else is as good as missing. */
    void revoke(UserAccount owner, long tokenId, String actor) {
        ApiToken token = tokens.findById(tokenId).filter(found -> found.getOwnerId().equals(owner.getId()))
                .orElseThrow(() -> new EditConflictException("token", tokenId));
        if (token.isRevoked()) {
            return;
        }
        token.revoke(clock.instant());
        tokens.saveAndFlush(token);
        log.info("API token '{}' of {} revoked by {}", token.getName(), owner.getUsername(), actor);
        audit.record(AuditEntry.success(actor, AuditAction.API_TOKEN_REVOKED, owner.getUsername())
                .withDetails("token=" + token.getName()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
