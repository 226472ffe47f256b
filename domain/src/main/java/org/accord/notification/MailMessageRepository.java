package org.accord.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    /** E-mails to people of one party: each party's administrators see only their own people's mail. */
    String TO_PARTY = "m.recipientId in (select r.id from NotificationRecipient r where r.partyId = :partyId)";

    @Query("select m from MailMessage m where (:status is null or m.status = :status) and " + TO_PARTY
            + " order by m.createdAt desc, m.id desc")
    List<MailMessage> findPage(MailStatus status, long partyId, Pageable pageable);

    @Query("select count(m) from MailMessage m where (:status is null or m.status = :status) and " + TO_PARTY)
    long countByStatusOrAll(MailStatus status, long partyId);

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
    @Query("update MailMessage m set m.status = org.accord.notification.MailStatus.PENDING"
            + " where m.status = org.accord.notification.MailStatus.HELD and " + TO_PARTY)
    int releaseHeld(long partyId);

    boolean existsByDedupKey(String dedupKey);
}
