package org.accord.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.audit.HistoryLine;
import org.accord.initiative.InitiativeDraft;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.NewPeople;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Administrators keep their own country's agencies: names, parent, active or not, with history. */
@PortalTest
class AgencyAdministrationTest {

    @Autowired
    AgencyAdministration agencies;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    UserAdministration users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Agreements agreements;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;

    @BeforeEach
    void signIn() {
        signedIn = new SignedIn(userDetails);
    }

    @Test
    void anAdministratorCreatesAnAgencyOfTheirCountryUnderAParentAndItsHistoryIsKept() {
        String code = unique("ICE");
        AgencyRow created = asUs(() -> agencies.save(draft(code, "Homeland Security Investigations",
                "Investigaciones de Seguridad Nacional", agency("DHS"))));

        assertThat(created.partyCode()).isEqualTo("US");
        assertThat(created.parentCode()).isEqualTo("DHS");
        assertThat(created.active()).isTrue();
        assertThat(jdbc.queryForObject("select name_es from agency where code = ?", String.class, code))
                .isEqualTo("Investigaciones de Seguridad Nacional");
        List<HistoryLine> history = asUs(() -> agencies.history(created.id()));
        assertThat(history).extracting(HistoryLine::field).containsExactlyInAnyOrder("code", "nameEn", "nameEs",
                "parent");
        assertThat(history).allSatisfy(line -> assertThat(line.by()).isEqualTo("admin.us"));
        assertThat(asUs(() -> referenceData.activeAgencies())).extracting(Agency::getCode).contains(code);
    }

    @Test
    void aCodeTakenInAnyCaseIsRefusedAtTheCodeAndNothingIsSaved() {
        long before = count();
        assertRefused(() -> asUs(() -> agencies.save(draft("cbp", "Another CBP", "Otra CBP", null))),
                "code", "agency.code.taken");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aParentOfTheOtherCountryIsRefused() {
        assertRefused(() -> asUs(() -> agencies.save(draft(unique("X"), "Mixed", "Mixta", agency("SHCP")))),
                "parent", "agency.parent.other-party");
    }

    @Test
    void anAgencyCannotBecomePartOfItsOwnSubAgency() {
        AgencyRow top = asUs(() -> agencies.save(draft(unique("TOP"), "Top", "Superior", null)));
        AgencyRow below = asUs(() -> agencies.save(draft(unique("SUB"), "Below", "Inferior", byCode(top.code()))));

        AgencyDraft edit = asUs(() -> agencies.edit(top.id()));
        edit.setParent(byCode(below.code()));
        assertRefused(() -> asUs(() -> agencies.save(edit)), "parent", "agency.parent.cycle");
        assertThat(asUs(() -> agencies.parentChoices(top.id()))).extracting(Agency::getCode)
                .doesNotContain(top.code(), below.code()).contains("DHS");
    }

    @Test
    void anAgencyInUseIsDeactivatedNotDeletedAndKeepsItsPeopleButIsNoLongerOffered() {
        AgencyRow office = asUs(() -> agencies.save(draft(unique("OFF"), "Liaison office", "Oficina de enlace", null)));
        String person = new NewPeople(signedIn, users, referenceData).liaison("agency.", office.code(), "a password long enough");

        assertThat(asUs(() -> agencies.inUse(office.id()))).isTrue();
        assertRefused(() -> asUs(() -> agencies.delete(office.id(), version(office.id()))), "active",
                "agency.delete.in-use");

        asUs(() -> agencies.deactivate(office.id(), version(office.id())));

        assertThat(jdbc.queryForObject("select active from agency where id = ?", Boolean.class, office.id())).isFalse();
        assertThat(asUs(() -> referenceData.activeAgencies())).extracting(Agency::getCode).doesNotContain(office.code());
        assertThat(asUs(() -> agencies.list(false))).extracting(AgencyRow::code).doesNotContain(office.code());
        assertThat(asUs(() -> agencies.list(true))).extracting(AgencyRow::code).contains(office.code());
        long personId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, person);
        asUs(() -> {
            UserDraft unchanged = users.edit(personId);
            unchanged.setDisplayName("Renamed while the office is inactive");
            users.save(unchanged);
        });
        assertThat(jdbc.queryForObject("select a.code from user_account u join agency a on a.id = u.agency_id"
                + " where u.id = ?", String.class, personId)).isEqualTo(office.code());
        assertRefused(() -> new NewPeople(signedIn, users, referenceData).liaison("agency.", office.code(),
                "a password long enough"), "agency", "agency.inactive");
        assertThat(asUs(() -> agencies.history(office.id()))).extracting(HistoryLine::field).contains("active");
    }

    @Test
    void anInitiativeKeepsItsInactiveLeadAgencyWhenEditedButNoOtherInitiativeMayChooseIt() {
        AgencyRow office = asUs(() -> agencies.save(draft(unique("OFF"), "Border office", "Oficina fronteriza", null)));
        var fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        long commitment = signedIn.as("pm.us", fixture::agreementWithTwoCommitments)[1];
        InitiativeDraft led = signedIn.as("pm.us", () -> fixture.initiative(commitment, "bersin", "lead.mx"));
        led.getLeadAgencyIds().put("US", office.id());
        long initiative = signedIn.as("pm.us", () -> portfolio.save(led));

        asUs(() -> agencies.deactivate(office.id(), version(office.id())));

        signedIn.as("pm.us", () -> {
            InitiativeDraft edit = portfolio.edit(initiative);
            edit.setTitleEn("Edited after its lead agency was deactivated");
            portfolio.save(edit);
        });
        assertThat(jdbc.queryForObject("select agency_id from initiative_lead_agency l join party p on p.id = l.party_id"
                + " where l.initiative_id = ? and p.code = 'US'", Long.class, initiative)).isEqualTo(office.id());
        InitiativeDraft another = signedIn.as("pm.us", () -> fixture.initiative(commitment, "bersin", "lead.mx"));
        another.getLeadAgencyIds().put("US", office.id());
        assertRefused(() -> signedIn.as("pm.us", () -> portfolio.save(another)), "leadAgency.US", "agency.inactive");
    }

    @Test
    void anAgencyNothingNamesIsDeleted() {
        AgencyRow mistake = asUs(() -> agencies.save(draft(unique("OOPS"), "Typo", "Errata", null)));
        asUs(() -> agencies.delete(mistake.id(), version(mistake.id())));
        assertThat(jdbc.queryForObject("select count(*) from agency where id = ?", Long.class, mistake.id())).isZero();
    }

    @Test
    void anAgencyWithActiveSubAgenciesStaysActiveUntilTheyAreDeactivated() {
        AgencyRow top = asUs(() -> agencies.save(draft(unique("TOP"), "Top", "Superior", null)));
        AgencyRow below = asUs(() -> agencies.save(draft(unique("SUB"), "Below", "Inferior", byCode(top.code()))));

        assertRefused(() -> asUs(() -> agencies.deactivate(top.id(), version(top.id()))), "active",
                "agency.deactivate.sub-agencies");
        asUs(() -> agencies.deactivate(below.id(), version(below.id())));
        asUs(() -> agencies.deactivate(top.id(), version(top.id())));
        assertRefused(() -> asUs(() -> agencies.activate(below.id(), version(below.id()))), "active",
                "agency.activate.parent-inactive");
    }

    @Test
    void theOtherCountrysAgenciesAreReadOnly() {
        long dhs = agency("DHS").getId();
        AgencyDraft edit = asUs(() -> agencies.edit(dhs));
        edit.setNameEn("Renamed from Mexico");
        signedIn.as("admin.mx", () -> {
            assertThat(agencies.administers("US")).isFalse();
            assertThatThrownBy(() -> agencies.save(edit)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agencies.deactivate(dhs, edit.getVersion()))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select name_en from agency where id = ?", String.class, dhs))
                .isEqualTo("Department of Homeland Security");
    }

    @Test
    void anEditOfAnAgencySomeoneSavedMeanwhileIsAConflict() {
        AgencyRow office = asUs(() -> agencies.save(draft(unique("OFF"), "Office", "Oficina", null)));
        AgencyDraft first = asUs(() -> agencies.edit(office.id()));
        AgencyDraft second = asUs(() -> agencies.edit(office.id()));
        first.setNameEn("First");
        asUs(() -> agencies.save(first));
        second.setNameEn("Second");
        assertThatThrownBy(() -> asUs(() -> agencies.save(second))).isInstanceOf(EditConflictException.class);
        assertThat(jdbc.queryForObject("select name_en from agency where id = ?", String.class, office.id()))
                .isEqualTo("First");
    }

    @Test
    void onlyAdministratorsAdministerAgencies() {
        signedIn.as("pm.us", () -> assertThatThrownBy(() -> agencies.list(true))
                .isInstanceOf(AccessDeniedException.class));
    }

    private AgencyDraft draft(String code, String nameEn, String nameEs, Agency parent) {
        AgencyDraft draft = asUs(() -> agencies.create());
        draft.setCode(code);
        draft.setNameEn(nameEn);
        draft.setNameEs(nameEs);
        draft.setParent(parent);
        return draft;
    }

    private Agency agency(String code) {
        return byCode(code);
    }

    private Agency byCode(String code) {
        return asUs(() -> referenceData.agencies()).stream().filter(agency -> agency.getCode().equals(code))
                .findFirst().orElseThrow();
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from agency where id = ?", Long.class, id);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from agency", Long.class);
    }

    private <T> T asUs(Supplier<T> work) {
        return signedIn.as("admin.us", work);
    }

    private void asUs(Runnable work) {
        signedIn.as("admin.us", work);
    }

    private static void assertRefused(Runnable work, String field, String messageKey) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(4);
    }
}
