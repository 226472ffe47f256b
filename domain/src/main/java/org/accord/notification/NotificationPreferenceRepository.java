package org.accord.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    List<NotificationPreference> findByUserIdIn(Collection<Long> userIds);

    @Query("select p.userId from NotificationPreference p where p.dailyDigest = true order by p.userId")
    List<Long> findDigestReaders();
}
