package org.accord.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByPublicId(String publicId);

    List<ApiToken> findByOwnerIdAndRevokedAtIsNullOrderByCreatedAtDesc(long ownerId);

    boolean existsByOwnerIdAndName(long ownerId, String name);

    /** Notes a use unless one was noted since {@code since}: at most one write a minute per token. */
    @Modifying
    @Query("""
            update ApiToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)""")
    int recordUse(long id, Instant now, Instant since);
}
