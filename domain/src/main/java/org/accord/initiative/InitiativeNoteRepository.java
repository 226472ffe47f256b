package org.accord.initiative;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InitiativeNoteRepository extends JpaRepository<InitiativeNote, Long> {

    @Query("""
            select n from InitiativeNote n where n.initiative.id = :initiativeId
              and (n.internal = false or n.partyId = :viewerPartyId)
            order by n.createdAt desc, n.id desc""")
    List<InitiativeNote> findVisible(long initiativeId, long viewerPartyId);
}
