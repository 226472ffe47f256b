package org.accord.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A personal access token or a service account's token, kept only as the SHA-256 hash of its secret. */
@Entity
@Table(name = "api_token")
class ApiToken {

    static final int MAX_NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(nullable = false, length = MAX_NAME_LENGTH, updatable = false)
    private String name;

    @Column(name = "public_id", nullable = false, length = 16, updatable = false)
    private String publicId;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20, updatable = false)
    private ApiScope scope;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    /** Written only by {@link ApiTokenRepository#recordUse}, at most once a minute: a save never writes it back. */
    @Column(name = "last_used_at", insertable = false, updatable = false)
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(long ownerId, String name, String publicId, String secretHash, ApiScope scope, Instant createdAt,
             Instant expiresAt) {
        this.ownerId = ownerId;
        this.name = name;
        this.publicId = publicId;
        this.secretHash = secretHash;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    Long getId() {
        return id;
    }

    Long getOwnerId() {
        return ownerId;
    }

    String getName() {
        return name;
    }

    String getPublicId() {
        return publicId;
    }

    String getSecretHash() {
        return secretHash;
    }

    ApiScope getScope() {
        return scope;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
