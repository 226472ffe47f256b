package org.accord.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts a first start needs: one administrator, or the demo people of the seed text. */
@Service
public class PeopleBootstrap {

    private final UserAccountRepository users;
    private final PartyRepository parties;
    private final AgencyRepository agencies;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    PeopleBootstrap(UserAccountRepository users, PartyRepository parties, AgencyRepository agencies,
                    PasswordEncoder passwordEncoder, AuditLog audit, ObjectProvider<Clock> clock) {
        this.users = users;
        this.parties = parties;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    @Transactional
    public void createAdministrator(String username, String email, String password, String agencyCode) {
        PasswordPolicy.check(password, "accord.admin.password");
        Agency agency = agencies.findByCode(agencyCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown agency code " + agencyCode));
        create(username, "Administrator", email, agency, Language.EN, Set.of(Role.ADMIN), password);
        audit.record(AuditEntry.success("system", AuditAction.ADMINISTRATOR_CREATED, SignIn.normalize(username)));
    }

    /** Loads the demo people unless they are there already; returns their logins. */
    @Transactional
    public List<DemoLogin> loadDemoUsers(String password) {
        PasswordPolicy.check(password, "accord.demo.password");
        List<DemoLogin> logins = new ArrayList<>();
        for (DemoPerson person : DemoPerson.values()) {
            Agency agency = agencies.findByCode(person.agencyCode).orElseThrow();
            if (!users.existsByUsername(person.username)) {
                create(person.username, person.displayName, person.username + "@demo.accord.example", agency,
                        person.language, Set.of(person.role), password);
            }
            logins.add(new DemoLogin(person.username, person.displayName, agency.getParty().getCode(), person.role));
        }
        return logins;
    }

    private void create(String username, String displayName, String email, Agency agency, Language language,
                        Set<Role> roles, String password) {
        UserAccount user = new UserAccount(SignIn.normalize(username), passwordEncoder.encode(password),
                clock.instant());
        user.describe(displayName, email.toLowerCase(), parties.getReferenceById(agency.getParty().getId()), agency,
                language);
        user.grant(roles);
        users.save(user);
    }

    /** Names from the seed text where it names the person; the others are fictional staff. */
    private enum DemoPerson {
        ADMIN_US("admin.us", "Accord Administrator (US)", "DHS", Language.EN, Role.ADMIN),
        ADMIN_MX("admin.mx", "Administración de Accord (MX)", "SHCP", Language.ES, Role.ADMIN),
        PM_US("pm.us", "Program Office, DHS International Affairs", "DHS-OIA", Language.EN, Role.PROGRAM_MANAGER),
        PM_MX("pm.mx", "Oficina de Programa, SHCP", "SHCP", Language.ES, Role.PROGRAM_MANAGER),
        LEAD_US("bersin", "Alan Bersin", "DHS-OIA", Language.EN, Role.OVERSIGHT_LEAD),
        LEAD_US_CBP("aguilar", "David Aguilar", "CBP", Language.EN, Role.OVERSIGHT_LEAD),
        LEAD_US_ICE("morton", "John Morton", "ICE", Language.EN, Role.OVERSIGHT_LEAD),
        LEAD_MX("lead.mx", "Coordinación de Aduanas", "ADUANAS", Language.ES, Role.OVERSIGHT_LEAD),
        LEAD_MX_INM("lead.inm", "Coordinación del INM", "INM", Language.ES, Role.OVERSIGHT_LEAD),
        LIAISON_US("liaison.us", "Liaison Officer, U.S. Embassy", "US-EMB-MX", Language.EN, Role.LIAISON),
        LIAISON_MX("liaison.mx", "Enlace de Aduanas", "ADUANAS", Language.ES, Role.LIAISON),
        EXEC_US("napolitano", "Janet Napolitano", "DHS", Language.EN, Role.EXECUTIVE),
        EXEC_US_EMB("wayne", "Earl Anthony Wayne", "US-EMB-MX", Language.EN, Role.EXECUTIVE),
        EXEC_MX("meade", "José Antonio Meade", "SHCP", Language.ES, Role.EXECUTIVE),
        EXEC_MX_SEGOB("poire", "Alejandro Poiré", "SEGOB", Language.ES, Role.EXECUTIVE);

        private final String username;
        private final String displayName;
        private final String agencyCode;
        private final Language language;
        private final Role role;

        DemoPerson(String username, String displayName, String agencyCode, Language language, Role role) {
            this.username = username;
            this.displayName = displayName;
            this.agencyCode = agencyCode;
            this.language = language;
            this.role = role;
        }
    }
}
