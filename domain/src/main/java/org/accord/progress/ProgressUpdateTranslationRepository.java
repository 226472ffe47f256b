package org.accord.progress;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateTranslationRepository extends JpaRepository<ProgressUpdateTranslation, Long> {

    List<ProgressUpdateTranslation> findByUpdateIdIn(Collection<Long> updateIds);
}
