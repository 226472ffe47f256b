package org.accord.people;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Administration of user accounts: for administrators only. */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    private final UserAccountRepository users;
    private final PartyRepository parties;
    private final AgencyRepository agencies;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final AccountSessions sessions;
    private final Clock clock;

    UserAdministration(UserAccountRepository users, PartyRepository parties, AgencyRepository agencies,
                       PasswordEncoder passwordEncoder, AuditLog audit, ApplicationEventPublisher events,
                       AccountSessions sessions, ObjectProvider<Clock> clock) {
        this.users = users;
        this.parties = parties;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.events = events;
        this.sessions = sessions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** One page of users: party and agency joined, roles fetched in one batch. */
    @Transactional(readOnly = true)
    public List<UserRow> page(UserFilter filter, Pageable pageable) {
        var now = clock.instant();
        return users.search(filter.textPattern(), filter.party(), filter.role(), filter.enabled(), pageable).stream()
                .map(user -> UserRow.of(user, user.isLockedAt(now)))
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(UserFilter filter) {
        return (int) users.countMatching(filter.textPattern(), filter.party(), filter.role(), filter.enabled());
    }

    @Transactional(readOnly = true)
    public UserDraft edit(long id) {
        return UserDraft.of(load(id));
    }

    /** Creates the user when the draft is new, otherwise applies the draft if nobody saved the user meanwhile. */
    @Transactional
    public UserRow save(@Valid UserDraft draft) {
        String username = SignIn.normalize(draft.getUsername());
        String email = draft.getEmail().strip().toLowerCase();
        Party party = parties.findById(draft.getParty().getId())
                .orElseThrow(() -> new InvalidInputException("party", "user.party.required"));
        checkParty(draft, party);
        Agency agency = agencies.findById(draft.getAgency().getId())
                .orElseThrow(() -> new InvalidInputException("agency", "user.agency.required"));
        if (!agency.belongsTo(party)) {
            throw new InvalidInputException("agency", "user.agency.other-party");
        }
        UserAccount user;
        AuditAction action;
        if (draft.isNew()) {
            if (users.existsByUsername(username)) {
                throw new InvalidInputException("username", "user.username.taken");
            }
            if (users.existsByEmail(email)) {
                throw new InvalidInputException("email", "user.email.taken");
            }
            PasswordPolicy.check(draft.getInitialPassword(), "initialPassword");
            user = new UserAccount(username, passwordEncoder.encode(draft.getInitialPassword()), clock.instant());
            action = AuditAction.USER_CREATED;
        } else {
            user = load(draft.getId());
            if (user.getVersion() != draft.getVersion()) {
                throw new EditConflictException("user", draft.getId());
            }
            if (users.existsByEmailAndIdNot(email, user.getId())) {
                throw new InvalidInputException("email", "user.email.taken");
            }
            action = AuditAction.USER_UPDATED;
        }
        boolean disabling = user.isEnabled() && !draft.isEnabled();
        if (disabling && user.getUsername().equals(CurrentUser.username())) {
            throw new InvalidInputException("enabled", "user.disable.self");
        }
        Set<Role> revoked = EnumSet.noneOf(Role.class);
        revoked.addAll(user.getRoles());
        revoked.removeAll(draft.getRoles());
        // Only another administrator of the party takes the role away: a party never loses its last one by itself.
        if (revoked.contains(Role.ADMIN) && user.getUsername().equals(CurrentUser.username())) {
            throw new InvalidInputException("roles", "user.admin.self");
        }
        boolean rightsChange = !draft.isNew() && !user.getRoles().equals(draft.getRoles());
        if (!agency.isActive() && !agency.equals(user.getAgency())) {
            throw new InvalidInputException("agency", "agency.inactive");
        }
        user.describe(draft.getDisplayName().strip(), email, party, agency, draft.getLanguage());
        user.grant(draft.getRoles());
        user.setEnabled(draft.isEnabled());
        try {
            users.saveAndFlush(user);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflictException("user", draft.getId());
        } catch (DataIntegrityViolationException raced) {
            throw new InvalidInputException(draft.isNew() ? "username" : "email",
                    draft.isNew() ? "user.username.taken" : "user.email.taken");
        }
        audit.record(AuditEntry.success(CurrentUser.username(), action, user.getUsername())
                .withDetails("roles=" + draft.getRoles() + ", party=" + party.getCode() + ", agency="
                        + agency.getCode() + ", enabled=" + draft.isEnabled()));
        if (disabling) {
            disabled(user);
        } else if (rightsChange) {
            sessions.endAll(user);
        }
        if (!revoked.isEmpty()) {
            events.publishEvent(new RolesRevoked(user.getId(), user.getUsername(), Set.copyOf(revoked),
                    CurrentUser.username()));
        }
        return UserRow.of(user, user.isLockedAt(clock.instant()));
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        PasswordPolicy.check(newPassword, "newPassword");
        UserAccount user = load(id);
        requireOwnParty(user);
        user.changePassword(passwordEncoder.encode(newPassword));
        flush(user);
        users.clearFailedLogins(user.getUsername());
        sessions.endAll(user);
        audit.record(AuditEntry.success(CurrentUser.username(), AuditAction.PASSWORD_RESET, user.getUsername()));
    }

    @Transactional
    public void disable(long id) {
        UserAccount user = load(id);
        requireOwnParty(user);
        if (user.getUsername().equals(CurrentUser.username())) {
            throw new InvalidInputException("enabled", "user.disable.self");
        }
        if (user.isEnabled()) {
            user.setEnabled(false);
            flush(user);
            disabled(user);
        }
    }

    /** Whether the signed-in administrator administers this person: each party administers its own people. */
    @Transactional(readOnly = true)
    public boolean administers(UserRow person) {
        return myParty().getCode().equals(person.partyCode());
    }

    /**
     * The parties the signed-in administrator may create accounts in: their own first, then any party with no
     * enabled administrator yet, for that party's first administrator.
     */
    @Transactional(readOnly = true)
    public List<Party> partiesForNewAccounts() {
        Party mine = myParty();
        var choices = new ArrayList<Party>(List.of(mine));
        parties.findAllByOrderByIdAsc().stream()
                .filter(party -> !party.getId().equals(mine.getId()) && !hasAdministrator(party))
                .forEach(choices::add);
        return choices;
    }

    /** A person's party never changes; new accounts go to the administrator's party (or are a party's first admin). */
    private void checkParty(UserDraft draft, Party party) {
        if (!draft.isNew()) {
            UserAccount existing = load(draft.getId());
            requireOwnParty(existing);
            if (!existing.getParty().getId().equals(party.getId())) {
                throw new InvalidInputException("party", "user.party.fixed");
            }
        } else if (!party.getId().equals(myParty().getId())
                && (!draft.getRoles().contains(Role.ADMIN) || hasAdministrator(party))) {
            throw new InvalidInputException("party", "user.party.own-only");
        }
    }

    private void requireOwnParty(UserAccount person) {
        if (!person.getParty().getId().equals(myParty().getId())) {
            throw new AccessDeniedException("Each party administers its own people: " + person.getUsername()
                    + " belongs to " + person.getParty().getCode());
        }
    }

    private boolean hasAdministrator(Party party) {
        return users.existsEnabledWithRole(party, Role.ADMIN);
    }

    private Party myParty() {
        return users.findByUsername(CurrentUser.username()).map(UserAccount::getParty)
                .orElseThrow(() -> new AccessDeniedException("The signed-in account no longer exists"));
    }

    private void disabled(UserAccount user) {
        audit.record(AuditEntry.success(CurrentUser.username(), AuditAction.USER_DISABLED, user.getUsername()));
        events.publishEvent(new UserDisabled(user.getUsername()));
        sessions.endAll(user);
    }

    /** Writes now, inside the service: a concurrent save then is a conflict here, not an error at commit. */
    private void flush(UserAccount user) {
        try {
            users.saveAndFlush(user);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflictException("user", user.getId());
        }
    }

    private UserAccount load(long id) {
        return users.findWithDetailsById(id).orElseThrow(() -> new EditConflictException("user", id));
    }
}
