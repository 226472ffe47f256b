package org.accord.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.accord.audit.SubjectName;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    @Query("select a from Agency a join fetch a.party order by a.party.id, a.code")
    List<Agency> findAllWithParty();

    @Query("select a.party.code, count(a) from Agency a group by a.party.code")
    List<Object[]> countByParty();

    @Query("select a from Agency a join fetch a.party where a.code = :code")
    Optional<Agency> findByCode(String code);

    @Query("select a from Agency a join fetch a.party left join fetch a.parent order by a.party.id, a.code")
    List<Agency> findAllWithPartyAndParent();

    @Query("select a from Agency a join fetch a.party left join fetch a.parent p left join fetch p.party where a.id = :id")
    Optional<Agency> findWithParent(long id);

    boolean existsByCodeIgnoreCase(String code);

    /** Whether a person, a signatory, an initiative's lead or a sub-agency names the agency. */
    @Query(nativeQuery = true, value = """
            select case when exists (select 1 from user_account where agency_id = :id)
                or exists (select 1 from agreement_signatory where agency_id = :id)
                or exists (select 1 from initiative_lead_agency where agency_id = :id)
                or exists (select 1 from agency where parent_id = :id) then 1 else 0 end""")
    int inUse(long id);

    @Query("select count(a) > 0 from Agency a where a.parent.id = :id and a.active = true")
    boolean hasActiveSubAgencies(long id);

    @Query("select new org.accord.audit.SubjectName(a.id, a.code) from Agency a where a.id in :ids")
    List<SubjectName> findNames(Collection<Long> ids);
}
