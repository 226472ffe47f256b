package org.accord.task;

import java.util.List;
import org.accord.shared.EvidenceFile;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskEvidenceRepository extends JpaRepository<TaskEvidence, Long> {

    @Query("""
            select new org.accord.shared.EvidenceFile(e.id, e.fileName, e.contentType, e.sizeBytes, e.uploadedBy,
                e.uploadedAt)
            from TaskEvidence e where e.taskId = :taskId order by e.uploadedAt desc, e.id desc""")
    List<EvidenceFile> findFiles(long taskId);
}
