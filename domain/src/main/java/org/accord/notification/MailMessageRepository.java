package org.accord.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    @Query("""
            select m from MailMessage m where (:status is null or m.status = :status)
            order by m.createdAt desc, m.id desc""")
    List<MailMessage> findPage(MailStatus status, Pageable pageable);

    @Query("select count(m) from MailMessage m where (:status is null or m.status = :status)")
    long countByStatusOrAll(MailStatus status);

    /** Pending e-mails whose time has come and that no node holds at the moment, oldest first. */
    @Query("""
            select m.id from MailMessage m where m.status = org.accord.notification.MailStatus.PENDING
            and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)
            order by m.nextAttemptAt, m.id""")
    List<Long> findDue(Instant now, Limit limit);

    /** Takes one pending e-mail for this node until {@code until}; 1 when it got it, 0 when another node has it. */
    @Modifying
    @Query("""
            update MailMessage m set m.claimedUntil = :until where m.id = :id
            and m.status = org.accord.notification.MailStatus.PENDING
            and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int claim(long id, Instant now, Instant until);

    /** Without an SMTP server nothing can be sent: pending e-mails are kept for the outbox page. */
    @Modifying
    @Query("""
            update MailMessage m set m.status = org.accord.notification.MailStatus.HELD, m.claimedUntil = null
            where m.status = org.accord.notification.MailStatus.PENDING""")
    int holdAllPending();

    @Modifying
    @Query("""
            update MailMessage m set m.status = org.accord.notification.MailStatus.PENDING
            where m.status = org.accord.notification.MailStatus.HELD""")
    int releaseHeld();

    boolean existsByDedupKey(String dedupKey);
}
