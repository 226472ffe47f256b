package org.accord.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accord.PortalTest;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Parties and agencies are one copy per node, read again as soon as the database holds something else. */
@PortalTest
class SharedReferenceDataTest {

    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    String code;

    @BeforeEach
    void signIn() {
        signedIn = new SignedIn(userDetails);
        code = Drafts.unique("SRD").toUpperCase();
    }

    @AfterEach
    void removeTheAgency() {
        jdbc.update("delete from agency where code = ?", code);
    }

    @Test
    void everyCallerGetsTheSameCopyWhileNothingChanged() {
        List<Agency> first = agencies();

        assertThat(agencies()).isSameAs(first);
        assertThat(signedIn.as("pm.mx", referenceData::parties)).isSameAs(signedIn.as("pm.us", referenceData::parties));
    }

    @Test
    void anAgencyAddedOrRenamedOnAnotherNodeShowsAtTheNextRead() {
        List<Agency> before = agencies();
        jdbc.update("insert into agency (code, party_id, name_en, name_es) select ?, id, 'Liaison office',"
                + " 'Oficina de enlace' from party where code = 'US'", code);

        assertThat(agencies()).isNotSameAs(before).extracting(Agency::getCode).contains(code);

        jdbc.update("update agency set name_en = 'Border liaison office', version = version + 1 where code = ?", code);

        assertThat(agencies()).filteredOn(agency -> agency.getCode().equals(code)).singleElement()
                .satisfies(agency -> assertThat(agency.name(Language.EN)).isEqualTo("Border liaison office"));
    }

    @Test
    void whatATransactionAddedAndRolledBackIsForgotten() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.update("insert into agency (code, party_id, name_en, name_es) select ?, id, 'Never saved',"
                    + " 'Nunca guardada' from party where code = 'MX'", code);
            assertThat(agencies()).extracting(Agency::getCode).contains(code);
            status.setRollbackOnly();
        });

        assertThat(agencies()).extracting(Agency::getCode).doesNotContain(code);
    }

    private List<Agency> agencies() {
        return signedIn.as("pm.us", referenceData::agencies);
    }
}
