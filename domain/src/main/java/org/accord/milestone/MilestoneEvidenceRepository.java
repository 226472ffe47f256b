package org.accord.milestone;

import java.util.List;
import org.accord.shared.EvidenceFile;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneEvidenceRepository extends JpaRepository<MilestoneEvidence, Long> {

    @Query("""
            select new org.accord.shared.EvidenceFile(e.id, e.fileName, e.contentType, e.sizeBytes, e.uploadedBy,
                e.uploadedAt)
            from MilestoneEvidence e where e.milestoneId = :milestoneId order by e.uploadedAt desc, e.id desc""")
    List<EvidenceFile> findFiles(long milestoneId);
}
