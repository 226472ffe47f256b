package org.accord.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.TypedText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of partner systems, for administrators of their own party. A service account is a user account
 * that cannot sign in with a password (it has none anyone knows, and the sign-in refuses it); it calls the API with
 * its tokens, with the roles and agency given here, so every access rule applies to it as to a person.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ServiceAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final AgencyRepository agencies;
    private final PasswordEncoder passwordEncoder;
    private final TokenIssuer issuer;
    private final AuditLog audit;
    private final Clock clock;

    ServiceAccounts(UserAccountRepository users, AgencyRepository agencies, PasswordEncoder passwordEncoder,
                    TokenIssuer issuer, AuditLog audit, ObjectProvider<Clock> clock) {
        this.users = users;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.issuer = issuer;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The service accounts of my party, by username. */
    @Transactional(readOnly = true)
    public List<ServiceAccountRow> ofMyParty() {
        return users.findServiceAccountsOf(myParty()).stream().map(ServiceAccountRow::of).toList();
    }

    @Transactional(readOnly = true)
    public ServiceAccountDraft edit(long id) {
        return ServiceAccountDraft.of(load(id));
    }

    @Transactional
    public ServiceAccountRow save(ServiceAccountDraft draft) {
        String displayName = TypedText.requiredLine("displayName", draft.getDisplayName(), 120,
                "service-account.display-name.required");
        Agency agency = draft.getAgency() == null ? null : agencies.findById(draft.getAgency().getId()).orElse(null);
        if (agency == null) {
            throw new InvalidInputException("agency", "user.agency.required");
        }
        Party party = myParty();
        if (!agency.belongsTo(party)) {
            throw new InvalidInputException("agency", "user.agency.other-party");
        }
        if (draft.getRoles().isEmpty()) {
            throw new InvalidInputException("roles", "service-account.roles.required");
        }
        if (draft.getRoles().contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "service-account.roles.no-admin");
        }
        UserAccount account;
        if (draft.isNew()) {
            account = newAccount(draft.getUsername());
        } else {
            account = load(draft.getId());
            if (account.getVersion() != draft.getVersion()) {
                throw new EditConflictException("user", draft.getId());
            }
        }
        if (!agency.isActive() && !agency.equals(account.getAgency())) {
            throw new InvalidInputException("agency", "agency.inactive");
        }
        account.describe(displayName, account.isNew() ? email(account) : account.getEmail(), party, agency,
                Language.EN);
        account.grant(draft.getRoles());
        account.setEnabled(draft.isEnabled());
        try {
            users.saveAndFlush(account);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflictException("user", draft.getId());
        } catch (DataIntegrityViolationException raced) {
            throw new InvalidInputException("username", "service-account.username.taken");
        }
        audit.record(AuditEntry.success(CurrentUser.username(),
                draft.isNew() ? AuditAction.SERVICE_ACCOUNT_CREATED : AuditAction.SERVICE_ACCOUNT_UPDATED,
                account.getUsername()).withDetails("roles=" + draft.getRoles() + ", party=" + party.getCode()
                + ", agency=" + agency.getCode() + ", enabled=" + draft.isEnabled()));
        return ServiceAccountRow.of(account);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenRow> tokens(long accountId) {
        return issuer.tokensOf(load(accountId));
    }

    @Transactional
    public NewApiToken createToken(long accountId, String name, LocalDate expiresOn, ApiScope scope) {
        return issuer.issue(load(accountId), name, expiresOn, scope, CurrentUser.username());
    }

    @Transactional
    public void revokeToken(long accountId, long tokenId) {
        issuer.revoke(load(accountId), tokenId, CurrentUser.username());
    }

    public LocalDate latestTokenExpiry() {
        return issuer.latestExpiry();
    }

    private UserAccount newAccount(String typedUsername) {
        String username = SignIn.normalize(typedUsername);
        if (username.isEmpty()) {
            throw new InvalidInputException("username", "service-account.username.required");
        }
        if (username.length() > 60) {
            throw new InvalidInputException("username", "service-account.username.too-long");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "service-account.username.pattern");
        }
        if (users.existsByUsername(username)) {
            throw new InvalidInputException("username", "service-account.username.taken");
        }
        return UserAccount.serviceAccount(username, passwordEncoder.encode(unguessable()), clock.instant());
    }

    /** Nobody ever learns it: the account has a password hash like every account, but no password. */
    private static String unguessable() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String email(UserAccount account) {
        return account.getUsername() + "@service-account.invalid";
    }

    /** A service account of my party; a person, or another party's account, is as good as missing. */
    private UserAccount load(long id) {
        UserAccount account = users.findWithDetailsById(id).filter(UserAccount::isServiceAccount)
                .orElseThrow(() -> new EditConflictException("user", id));
        if (!account.getParty().getId().equals(myParty().getId())) {
            throw new AccessDeniedException("Each party administers its own service accounts: "
                    + account.getUsername() + " belongs to " + account.getParty().getCode());
        }
        return account;
    }

    private Party myParty() {
        return users.findByUsername(CurrentUser.username()).map(UserAccount::getParty)
                .orElseThrow(() -> new AccessDeniedException("The signed-in account no longer exists"));
    }
}
