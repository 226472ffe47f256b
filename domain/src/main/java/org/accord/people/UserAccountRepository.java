package org.accord.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    String MATCHES = """
            (:text is null or lower(u.username) like :text escape '!' or lower(u.displayName) like :text escape '!'
                or lower(u.email) like :text escape '!')
            and (:party is null or u.party.code = :party)
            and (:role is null or :role member of u.roles)
            and (:enabled is null or u.enabled = :enabled)
            and u.serviceAccount = false
            """;

    /**
     * People as {@link PersonRow}s: columns, not entities. Without an entity graph Hibernate keeps the statement's
     * plan; with one (or a list parameter) it translates the query again at every call.
     */
    String PERSON = """
            select new org.accord.people.PersonRow(u.id, u.username, u.displayName, p.id, p.code, a.code, u.enabled, r)
            from UserAccount u join u.party p join u.agency a left join u.roles r
            """;

    @Query(PERSON + " where u.username = :username")
    List<PersonRow> findPersonByUsername(String username);

    @Query(PERSON + " where u.id = :id")
    List<PersonRow> findPersonById(long id);

    @Query(PERSON + " where u.id in :ids")
    List<PersonRow> findPeopleByIdIn(Collection<Long> ids);

    @Query(PERSON + " where u.username in :usernames")
    List<PersonRow> findPeopleByUsernameIn(Collection<String> usernames);

    @EntityGraph(attributePaths = {"party", "agency", "roles"})
    Optional<UserAccount> findByUsername(String username);

    @EntityGraph(attributePaths = {"party", "agency", "roles"})
    Optional<UserAccount> findWithDetailsById(Long id);

    boolean existsByUsername(String username);

    @EntityGraph(attributePaths = {"party", "agency", "roles"})
    @Query("select u from UserAccount u where u.serviceAccount = true and u.party = :party order by u.username")
    List<UserAccount> findServiceAccountsOf(Party party);

    boolean existsByEmailAndIdNot(String email, Long id);

    boolean existsByEmail(String email);

    @Query("select u.party.code, count(u) from UserAccount u where u.enabled = true group by u.party.code")
    List<Object[]> countEnabledByParty();

    long countByEnabledFalse();

    @Query("select count(u) > 0 from UserAccount u where u.party = :party and u.enabled = true and :role member of u.roles")
    boolean existsEnabledWithRole(Party party, Role role);

    @Query("select count(u) from UserAccount u where u.lockedUntil > :now")
    long countLockedAt(Instant now);

    /** One page, without counting: the list asks {@link #countMatching} once, not with every page. */
    @EntityGraph(attributePaths = {"party", "agency"})
    @Query("select u from UserAccount u where " + MATCHES)
    List<UserAccount> search(String text, String party, Role role, Boolean enabled, Pageable pageable);

    @Query("select count(u) from UserAccount u where " + MATCHES)
    long countMatching(String text, String party, Role role, Boolean enabled);

    /** Counts a failed login in the database itself, so parallel attempts all count; a locked account is not counted. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update UserAccount u set u.failedLogins = u.failedLogins + 1
            where u.username = :username and (u.lockedUntil is null or u.lockedUntil <= :now)""")
    int countFailedLogin(String username, Instant now);

    /** Locks the account once its count reaches the limit; 1 only for the attempt that locked it. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update UserAccount u set u.failedLogins = 0, u.lockedUntil = :until
            where u.username = :username and u.failedLogins >= :limit""")
    int lockWhenCountReaches(String username, int limit, Instant until);

    @Modifying(flushAutomatically = true)
    @Query("""
            update UserAccount u set u.failedLogins = 0, u.lockedUntil = null
            where u.username = :username and (u.failedLogins > 0 or u.lockedUntil is not null)""")
    int clearFailedLogins(String username);

    /** Ends the account's other sessions on every node: each compares its stamp with this one. */
    @Modifying(flushAutomatically = true)
    @Query("update UserAccount u set u.securityStamp = u.securityStamp + 1 where u.id = :id")
    int bumpSecurityStamp(long id);

    @Query("select u.securityStamp from UserAccount u where u.id = :id")
    long securityStampOf(long id);

    /** The stamp a session of this user must hold; empty when the account is gone or disabled. */
    @Query("select u.securityStamp from UserAccount u where u.username = :username and u.enabled = true")
    Optional<Long> currentSecurityStamp(String username);
}
