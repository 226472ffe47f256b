package org.accord.progress;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TranslatorAssignmentRepository extends JpaRepository<TranslatorAssignment, Long> {

    List<TranslatorAssignment> findByUpdateIdIn(Collection<Long> updateIds);
}
