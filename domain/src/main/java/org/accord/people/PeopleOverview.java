package org.accord.people;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts for the home page. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PeopleOverview {

    private final UserAccountRepository users;
    private final AgencyRepository agencies;
    private final Clock clock;

    PeopleOverview(UserAccountRepository users, AgencyRepository agencies, ObjectProvider<Clock> clock) {
        this.users = users;
        this.agencies = agencies;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Active users per party code, in party order. */
    public Map<String, Long> activeUsersByParty() {
        return toMap(users.countEnabledByParty());
    }

    public Map<String, Long> agenciesByParty() {
        return toMap(agencies.countByParty());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountHealth accountHealth() {
        return new AccountHealth(users.countByEnabledFalse(), users.countLockedAt(clock.instant()));
    }

    private static Map<String, Long> toMap(Iterable<Object[]> rows) {
        Map<String, Long> counts = new TreeMap<>((a, b) -> a.equals("US") ? -1 : b.equals("US") ? 1 : a.compareTo(b));
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Accounts that need an administrator's eye. */
    public record AccountHealth(long disabled, long locked) {
    }
}
