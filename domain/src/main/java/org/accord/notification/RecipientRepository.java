package org.accord.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecipientRepository extends JpaRepository<Recipient, Long> {

    Optional<Recipient> findByUsername(String username);

    List<Recipient> findByIdIn(Collection<Long> ids);
}
