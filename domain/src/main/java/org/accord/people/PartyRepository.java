package org.accord.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartyRepository extends JpaRepository<Party, Long> {

    Optional<Party> findByCode(String code);

    List<Party> findAllByOrderByIdAsc();
}
