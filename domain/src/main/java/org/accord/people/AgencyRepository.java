package org.accord.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    @Query("select a from Agency a join fetch a.party order by a.party.id, a.code")
    List<Agency> findAllWithParty();

    @Query("select a.party.code, count(a) from Agency a group by a.party.code")
    List<Object[]> countByParty();

    @Query("select a from Agency a join fetch a.party where a.code = :code")
    Optional<Agency> findByCode(String code);
}
