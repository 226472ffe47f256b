package org.accord.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.shared.BulkReads;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is who, for the other features: the signed-in person, and people to choose as leads or co-chairs. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Directory {

    private final UserAccountRepository users;

    Directory(UserAccountRepository users) {
        this.users = users;
    }

    public PersonRef me() {
        String username = CurrentUser.username();
        return BulkReads.perRequest(new Me(username), () -> first(users.findPersonByUsername(username))
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists")));
    }

    /** The signed-in person's username, for who changed what: read from the sign-in, not the database. */
    public String myUsername() {
        return CurrentUser.username();
    }

    public Optional<PersonRef> find(long userId) {
        return first(users.findPersonById(userId));
    }

    public Optional<PersonRef> findByUsername(String username) {
        return first(users.findPersonByUsername(SignIn.normalize(username)));
    }

    /** The language the person chose to read the portal in; it is also the one they write in. */
    public Optional<Language> preferredLanguage(String username) {
        return users.findByUsername(SignIn.normalize(username)).map(UserAccount::getPreferredLanguage);
    }

    /** Several people at once, by id: one query, for lists. */
    public Map<Long, PersonRef> find(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return BulkReads.once(new People(Set.copyOf(userIds)), () -> PersonRow.people(users.findPeopleByIdIn(userIds))
                .stream().collect(Collectors.toMap(PersonRef::id, Function.identity())));
    }

    /** Several people at once, by username: one query, for lists of authors. */
    public Map<String, PersonRef> findByUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return PersonRow.people(users.findPeopleByUsernameIn(usernames)).stream()
                .collect(Collectors.toMap(PersonRef::username, Function.identity()));
    }

    /** Active people of a party with a role, whose name or username contains {@code text}; at most {@code limit}. */
    public List<PersonRef> choosable(Role role, String partyCode, String text, int limit) {
        var filter = new UserFilter(text, partyCode, role, true);
        return users.search(filter.textPattern(), filter.party(), role, true,
                        PageRequest.of(0, limit, Sort.by("displayName")))
                .stream().map(PersonRef::of).toList();
    }

    private static Optional<PersonRef> first(List<PersonRow> rows) {
        return PersonRow.people(rows).stream().findFirst();
    }

    private record Me(String username) {
    }

    private record People(Set<Long> ids) {
    }
}
