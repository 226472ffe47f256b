package org.accord.initiative;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.accord.audit.SubjectName;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    String MATCHES = """
            (:text is null or lower(i.code) like :text escape '!' or lower(i.titleEn) like :text escape '!'
                or lower(i.titleEs) like :text escape '!' or lower(i.descriptionEn) like :text escape '!'
                or lower(i.descriptionEs) like :text escape '!')
            and (:status is null or i.status = :status)
            and (:health is null or i.health = :health)
            and (:leadAgencyId is null or exists (
                select 1 from Initiative k join k.leadAgencyIds la where k = i and value(la) = :leadAgencyId))
            and (:leadId is null or exists (
                select 1 from OversightAssignment oa where oa.initiative = i and oa.endedAt is null
                    and oa.leadId = :leadId))
            """;

    /**
     * Narrowed to initiatives serving one of the commitments too. Apart: Hibernate keeps the plan of a query
     * without a list parameter, and translates one with a list again at every call.
     */
    String SERVING = MATCHES + """
            and exists (select 1 from Initiative j join j.commitmentIds cid where j = i and cid in :commitmentIds)
            """;

    String COLUMNS = """
            select new org.accord.initiative.InitiativeColumns(i.id, i.code, i.titleEn, i.titleEs, i.status, i.health,
                i.priority, i.startDate, i.targetEndDate)
            from Initiative i where\s""";

    /**
     * One page of the list's columns, without counting (the list asks {@link #countMatching} once, not with every
     * page) and without loading the initiatives, their descriptions among them.
     */
    @Query(COLUMNS + MATCHES)
    List<InitiativeColumns> search(String text, InitiativeStatus status, Health health, Long leadAgencyId,
                                   Long leadId, Pageable pageable);

    @Query(COLUMNS + SERVING)
    List<InitiativeColumns> searchServing(String text, InitiativeStatus status, Health health,
                                          Collection<Long> commitmentIds, Long leadAgencyId, Long leadId,
                                          Pageable pageable);

    @Query("select count(i) from Initiative i where " + MATCHES)
    long countMatching(String text, InitiativeStatus status, Health health, Long leadAgencyId, Long leadId);

    @Query("select count(i) from Initiative i where " + SERVING)
    long countServing(String text, InitiativeStatus status, Health health, Collection<Long> commitmentIds,
                      Long leadAgencyId, Long leadId);

    /** Initiative id, party id and agency id of the lead agencies of several initiatives, in one query. */
    @Query("""
            select i.id, key(la), value(la) from Initiative i join i.leadAgencyIds la where i.id in :ids
            order by i.id, key(la)""")
    List<Object[]> findLeadAgencies(Collection<Long> ids);

    /** {@code lowerCaseCodes} in lower case: codes match whatever the database's collation. */
    @Query("select i from Initiative i where lower(i.code) in :lowerCaseCodes")
    List<Initiative> findByLowerCaseCodeIn(Collection<String> lowerCaseCodes);

    boolean existsByCode(String code);

    @Query("select i.id from Initiative i where i.code = :code")
    Optional<Long> findIdByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    /**
     * Takes the next version now, if the initiative still has the one the change was made on: a concurrent change
     * waits for this one to commit and then finds nothing to claim, so the conflict shows inside the service.
     */
    @Modifying
    @Query("update Initiative i set i.version = i.version + 1 where i.id = :id and i.version = :version")
    int claimVersion(long id, long version);

    /** A change made beside the initiative (its lead periods): open edits of it then meet a conflict. */
    @Modifying
    @Query("update Initiative i set i.version = i.version + 1 where i.id = :id")
    void bumpVersion(long id);

    @Query("""
            select cid, count(distinct i.id) from Initiative i join i.commitmentIds cid
            where cid in :commitmentIds and i.status <> org.accord.initiative.InitiativeStatus.CANCELLED
            group by cid""")
    List<Object[]> countPerCommitment(Collection<Long> commitmentIds);

    @Query("select new org.accord.audit.SubjectName(i.id, i.code) from Initiative i where i.id in :ids")
    List<SubjectName> findNames(Collection<Long> ids);
}
