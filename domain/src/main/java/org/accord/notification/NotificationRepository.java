package org.accord.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    int countByRecipientId(long recipientId);

    @Query("select n from Notification n where n.recipientId = :recipientId order by n.createdAt desc, n.id desc")
    List<Notification> findMine(long recipientId, Pageable pageable);

    Optional<Notification> findByIdAndRecipientId(long id, long recipientId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant at);

    /** What a digest lists: the person's notifications after {@code since} up to {@code until}, oldest first. */
    @Query("""
            select n from Notification n where n.recipientId = :recipientId and n.createdAt > :since
            and n.createdAt <= :until order by n.createdAt, n.id""")
    List<Notification> findBetween(long recipientId, Instant since, Instant until);
}
