package org.accord.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.PortalTest;
import org.accord.testsupport.NewPeople;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** People as the other features name them, read as columns: name, party, agency, roles. */
@PortalTest
class DirectoryTest {

    @Autowired
    Directory directory;
    @Autowired
    UserAdministration users;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;

    @BeforeEach
    void signIn() {
        signedIn = new SignedIn(userDetails);
    }

    @Test
    void theSignedInPersonComesWithPartyAgencyAndEveryRole() {
        PersonRef me = signedIn.as("pm.us", directory::me);

        assertThat(me.username()).isEqualTo("pm.us");
        assertThat(me.partyCode()).isEqualTo("US");
        assertThat(me.agencyCode()).isEqualTo(jdbc.queryForObject("select a.code from user_account u join agency a"
                + " on a.id = u.agency_id where u.username = 'pm.us'", String.class));
        assertThat(me.roles()).isEqualTo(rolesOf(me.id()));
        assertThat(signedIn.as("pm.us", () -> directory.find(me.id()))).contains(me);
        assertThat(signedIn.as("pm.us", () -> directory.findByUsername("PM.US"))).contains(me);
    }

    @Test
    void severalPeopleAreReadAtOnceEachWithTheirOwnRolesAPersonWithoutAnyToo() {
        var people = new NewPeople(signedIn, users, referenceData);
        String liaison = people.liaison("dir", "CBP", "Liaison-Pass-2026!");
        String roleless = people.liaison("dirnone", "CBP", "Liaison-Pass-2026!");
        long liaisonId = idOf(liaison);
        long pmId = idOf("pm.us");
        jdbc.update("delete from user_role where user_id = ?", idOf(roleless));

        var found = signedIn.as("pm.us", () -> directory.find(List.of(liaisonId, pmId, idOf(roleless))));

        assertThat(found).containsOnlyKeys(liaisonId, pmId, idOf(roleless));
        assertThat(found.get(liaisonId).roles()).containsExactly(Role.LIAISON);
        assertThat(found.get(liaisonId).agencyCode()).isEqualTo("CBP");
        assertThat(found.get(pmId).roles()).isEqualTo(rolesOf(pmId));
        assertThat(found.get(idOf(roleless)).roles()).isEmpty();
        assertThat(found.get(idOf(roleless)).displayName()).isEqualTo("Liaison " + roleless);
        assertThat(signedIn.as("pm.us", () -> directory.findByUsernames(List.of(liaison, "pm.us"))).keySet())
                .containsExactlyInAnyOrder(liaison, "pm.us");
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private Set<Role> rolesOf(long userId) {
        return jdbc.queryForList("select role from user_role where user_id = ?", String.class, userId).stream()
                .map(Role::valueOf).collect(Collectors.toSet());
    }
}
