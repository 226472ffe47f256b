package org.accord.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in to the portal. Changed only through the people services. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(nullable = false, length = 254)
    private String email;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    private Party party;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "preferred_language", nullable = false, length = 5)
    private Language preferredLanguage = Language.EN;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** A partner system's account: it never signs in with a password, only with its API tokens. */
    @Column(name = "service_account", nullable = false, updatable = false)
    private boolean serviceAccount;

    /** Counted and reset only by direct statements in {@link UserAccountRepository}: a save never writes them back. */
    @Column(name = "failed_logins", nullable = false, insertable = false, updatable = false)
    private int failedLogins;

    @Column(name = "locked_until", insertable = false, updatable = false)
    private Instant lockedUntil;

    /** Bumped by a direct statement when rights or password change; sessions holding an older stamp end. */
    @Column(name = "security_stamp", nullable = false, insertable = false, updatable = false)
    private long securityStamp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @BatchSize(size = 200)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    static UserAccount serviceAccount(String username, String unusablePasswordHash, Instant createdAt) {
        UserAccount account = new UserAccount(username, unusablePasswordHash, createdAt);
        account.serviceAccount = true;
        return account;
    }

    void describe(String displayName, String email, Party party, Agency agency, Language language) {
        this.displayName = displayName;
        this.email = email;
        this.party = party;
        this.agency = agency;
        this.preferredLanguage = language;
    }

    void grant(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void setPreferredLanguage(Language language) {
        this.preferredLanguage = language;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Party getParty() {
        return party;
    }

    public Agency getAgency() {
        return agency;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    boolean isNew() {
        return id == null;
    }

    public boolean isServiceAccount() {
        return serviceAccount;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    long getSecurityStamp() {
        return securityStamp;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }
}
