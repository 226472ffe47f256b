package org.accord.task;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskCommentRepository extends JpaRepository<TaskComment, Long> {

    /** Oldest first: shared comments and the internal ones of the viewer's party. */
    @Query("""
            select c from TaskComment c where c.taskId = :taskId and (c.internal = false or c.partyId = :viewerPartyId)
            order by c.createdAt, c.id""")
    List<TaskComment> findVisible(long taskId, long viewerPartyId);
}
