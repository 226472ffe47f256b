package org.accord.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecipientRepository extends JpaRepository<Recipient, Long> {

    Optional<Recipient> findByUsername(String username);

    List<Recipient> findByIdIn(Collection<Long> ids);

    /** The enabled people of both parties who have {@code role}. */
    @Query(value = """
            select u.id from user_account u join user_role r on r.user_id = u.id
            where r.role = :role and u.enabled = true order by u.id""", nativeQuery = true)
    List<Long> findEnabledIdsWithRole(String role);
}
