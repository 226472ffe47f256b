package org.accord.agreement;

import static org.accord.agreement.AgreementDrafts.commitment;
import static org.accord.agreement.AgreementDrafts.newAgreement;
import static org.accord.agreement.AgreementDrafts.pdf;
import static org.accord.agreement.AgreementDrafts.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.PortalTest;
import org.accord.SignedIn;
import org.accord.audit.HistoryLine;
import org.accord.people.Language;
import org.accord.people.PersonRef;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.AtTheSameMoment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;

@PortalTest
@WithUserDetails("pm.us")
class AgreementsTest {

    private static final String EXACT_TEXT = "Poiré · Nuevo Esquema de Empresas Certificadas · اتفاقية التعاون · הסכם"
            + " 🇲🇽🤝🇺🇸 <script>alert('x')</script> \"quoted\" '; drop table agreement; --";

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Agreements agreements;
    @Autowired
    UserAdministration users;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void programManagerRegistersAnAgreementWithItsSignatories() {
        String code = uniqueCode();

        long id = agreements.save(newAgreement(code));

        AgreementDetail detail = agreements.detail(id);
        assertThat(detail.code()).isEqualTo(code);
        assertThat(detail.title(Language.ES)).isEqualTo("Declaración de Principios " + code);
        assertThat(detail.kind()).isEqualTo(AgreementKind.DECLARATION_OF_PRINCIPLES);
        assertThat(detail.signedOn()).isEqualTo(LocalDate.of(2012, 2, 27));
        assertThat(detail.signatories()).containsExactly(
                new SignatoryView("US", "Janet Napolitano", "Secretary of Homeland Security", "DHS"),
                new SignatoryView("MX", "José Antonio Meade", "Secretario de Hacienda y Crédito Público", "SHCP"));
        assertThat(detail.governance()).isEmpty();
        assertThat(detail.text()).isEmpty();
    }

    @Test
    @WithUserDetails("admin.mx")
    void administratorEditsAnAgreement() {
        long id = agreements.save(newAgreement(uniqueCode()));
        AgreementDraft draft = agreements.edit(id);
        draft.setStatus(AgreementStatus.SUPERSEDED);
        draft.setLink("https://www.dhs.gov/news/2012/02/27/declaration");
        draft.setSignatories(List.of(new SignatoryDraft("MX", "Alejandro Poiré", null, "SEGOB")));

        agreements.save(draft);

        AgreementDetail detail = agreements.detail(id);
        assertThat(detail.status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(detail.link()).isEqualTo("https://www.dhs.gov/news/2012/02/27/declaration");
        assertThat(detail.signatories()).containsExactly(new SignatoryView("MX", "Alejandro Poiré", null, "SEGOB"));
    }

    @Test
    @WithUserDetails("liaison.mx")
    void liaisonCannotEditAgreementsButReadsThem() {
        assertOnlyReads();
    }

    @Test
    @WithUserDetails("napolitano")
    void executiveCannotEditAgreementsButReadsThem() {
        assertOnlyReads();
    }

    @Test
    @WithUserDetails("bersin")
    void oversightLeadCannotEditAgreementsButReadsThem() {
        assertOnlyReads();
    }

    @Test
    void duplicateCodeIsRefusedAtTheCodeFieldWhateverItsCase() {
        String code = uniqueCode();
        long first = agreements.save(newAgreement(code));
        long other = agreements.save(newAgreement(uniqueCode()));

        assertThatThrownBy(() -> agreements.save(newAgreement(code)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("agreement.code.taken");
                });
        assertThatThrownBy(() -> agreements.save(newAgreement(code.toLowerCase())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
        AgreementDraft renamed = agreements.edit(other);
        renamed.setCode(code);
        assertThatThrownBy(() -> agreements.save(renamed))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThat(agreements.count(new AgreementFilter(code, null, null))).isEqualTo(1);
        assertThat(agreements.detail(first).code()).isEqualTo(code);
    }

    @Test
    void blankOrTooLongTitlesAreRefusedAndNothingIsSaved() {
        AgreementDraft blank = newAgreement(uniqueCode());
        blank.setTitleEn("   ");
        AgreementDraft tooLong = newAgreement(uniqueCode());
        tooLong.setTitleEs("x".repeat(301));
        AgreementDraft noSignatoryName = newAgreement(uniqueCode());
        noSignatoryName.setSignatories(List.of(new SignatoryDraft("US", " ", null, "DHS")));

        for (AgreementDraft draft : List.of(blank, tooLong, noSignatoryName)) {
            assertThatThrownBy(() -> agreements.save(draft)).isInstanceOf(ConstraintViolationException.class);
            assertThat(agreements.count(new AgreementFilter(draft.getCode(), null, null))).isZero();
        }
    }

    @Test
    void signatoryAgencyOfTheOtherCountryIsRefused() {
        AgreementDraft draft = newAgreement(uniqueCode());
        draft.setSignatories(List.of(new SignatoryDraft("US", "Janet Napolitano", null, "SHCP")));

        assertThatThrownBy(() -> agreements.save(draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("signatories"));
        assertThat(agreements.count(new AgreementFilter(draft.getCode(), null, null))).isZero();
    }

    @Test
    void commitmentsAreAddedAndEdited() {
        long id = agreements.save(newAgreement(uniqueCode()));
        agreements.saveCommitment(id, commitment(2, "Enforcement of customs laws", "Aplicación de las leyes aduaneras"));
        long first = agreements.saveCommitment(id,
                commitment(1, "Facilitation of legitimate trade", "Facilitación del comercio legítimo"));

        CommitmentDraft edited = agreements.editCommitment(first);
        edited.setDescriptionEn("C-TPAT and NEEC mutual recognition");
        agreements.saveCommitment(id, edited);

        assertThat(agreements.detail(id).commitments()).extracting(CommitmentRef::number, CommitmentRef::titleEn)
                .containsExactly(tuple(1, "Facilitation of legitimate trade"),
                        tuple(2, "Enforcement of customs laws"));
        assertThat(agreements.editCommitment(first).getDescriptionEn()).isEqualTo("C-TPAT and NEEC mutual recognition");
        assertThat(agreements.page(new AgreementFilter(agreements.detail(id).code(), null, null), PageRequest.of(0, 5)))
                .singleElement().extracting(AgreementRow::commitments).isEqualTo(2L);
    }

    @Test
    void theChoicesFiltersOfferAreSharedUntilAnAgreementOrACommitmentChanges() {
        AgreementChoices before = agreements.choices();
        assertThat(agreements.choices()).as("unchanged: the same copy").isSameAs(before);

        long id = agreements.save(newAgreement(uniqueCode()));
        AgreementChoices withAgreement = agreements.choices();
        assertThat(withAgreement.agreements()).extracting(AgreementRow::id).contains(id);

        long commitmentId = agreements.saveCommitment(id, commitment(1, "Trade", "Comercio"));
        assertThat(agreements.choices().commitments()).extracting(CommitmentRef::id).contains(commitmentId);
        CommitmentDraft renamed = agreements.editCommitment(commitmentId);
        renamed.setTitleEn("Trade facilitation");
        agreements.saveCommitment(id, renamed);
        assertThat(agreements.choices().commitments()).filteredOn(ref -> ref.id() == commitmentId)
                .extracting(CommitmentRef::titleEn).containsExactly("Trade facilitation");
        assertThat(agreements.commitments()).isSameAs(agreements.choices().commitments());
    }

    @Test
    void duplicateCommitmentNumberIsRefusedAtTheNumberField() {
        long id = agreements.save(newAgreement(uniqueCode()));
        agreements.saveCommitment(id, commitment(1, "Trade", "Comercio"));
        long second = agreements.saveCommitment(id, commitment(2, "Enforcement", "Aplicación"));

        assertThatThrownBy(() -> agreements.saveCommitment(id, commitment(1, "Again", "Otra vez")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("number");
                    assertThat(e.messageKey()).isEqualTo("commitment.number.taken");
                });
        CommitmentDraft renumbered = agreements.editCommitment(second);
        renumbered.setNumber(1);
        assertThatThrownBy(() -> agreements.saveCommitment(id, renumbered))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("number"));
        assertThat(agreements.detail(id).commitments()).extracting(CommitmentRef::titleEn)
                .containsExactly("Trade", "Enforcement");
    }

    @Test
    void secondOfTwoCommitmentEditsGetsAConflict() {
        long id = agreements.save(newAgreement(uniqueCode()));
        long commitmentId = agreements.saveCommitment(id, commitment(1, "Trade", "Comercio"));
        CommitmentDraft first = agreements.editCommitment(commitmentId);
        CommitmentDraft second = agreements.editCommitment(commitmentId);
        first.setTitleEn("Edited first");
        agreements.saveCommitment(id, first);
        second.setTitleEn("Edited second");

        assertThatThrownBy(() -> agreements.saveCommitment(id, second)).isInstanceOf(EditConflictException.class);
        assertThat(agreements.editCommitment(commitmentId).getTitleEn()).isEqualTo("Edited first");
    }

    @Test
    void governanceBodyHasOneCoChairPerPartyAndMembers() {
        long id = agreements.save(newAgreement(uniqueCode()));
        GovernanceDraft draft = steeringGroup(id);
        draft.setMemberIds(Set.of(userId("aguilar"), userId("lead.inm")));

        agreements.saveGovernance(id, draft);

        GovernanceView governance = agreements.detail(id).governance().orElseThrow();
        assertThat(governance.name(Language.ES)).isEqualTo("Grupo Directivo");
        assertThat(governance.cadence()).isEqualTo(MeetingCadence.QUARTERLY);
        assertThat(governance.coChairs()).extractingFromEntries(entry -> entry.getKey() + "=" + entry.getValue().username())
                .containsExactlyInAnyOrder("US=bersin", "MX=lead.mx");
        assertThat(governance.members()).extracting(PersonRef::username).containsExactlyInAnyOrder("aguilar", "lead.inm");
        GovernanceDraft reopened = agreements.editGovernance(id);
        assertThat(reopened.getCoChairIds()).containsEntry("US", userId("bersin")).containsEntry("MX", userId("lead.mx"));
    }

    @Test
    void coChairOfTheOtherPartyIsRefused() {
        long id = agreements.save(newAgreement(uniqueCode()));
        GovernanceDraft draft = steeringGroup(id);
        draft.setCoChairIds(Map.of("US", userId("lead.mx")));

        assertThatThrownBy(() -> agreements.saveGovernance(id, draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("coChair.US");
                    assertThat(e.messageKey()).isEqualTo("governance.co-chair.other-party");
                });
        assertThat(agreements.detail(id).governance()).isEmpty();
    }

    @Test
    @WithUserDetails("admin.us")
    void disabledUserIsRefusedAsCoChairOrMember() {
        long id = agreements.save(newAgreement(uniqueCode()));
        long disabled = disabledUser("US", "CBP");
        GovernanceDraft asCoChair = steeringGroup(id);
        asCoChair.setCoChairIds(Map.of("US", disabled));
        GovernanceDraft asMember = steeringGroup(id);
        asMember.setMemberIds(Set.of(disabled));

        assertThatThrownBy(() -> agreements.saveGovernance(id, asCoChair))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("coChair.US");
                    assertThat(e.messageKey()).isEqualTo("governance.co-chair.inactive");
                });
        assertThatThrownBy(() -> agreements.saveGovernance(id, asMember))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("members"));
        assertThat(agreements.detail(id).governance()).isEmpty();
    }

    @Test
    void secondOfTwoEditsOfAnAgreementGetsAConflictAndNothingIsOverwritten() {
        long id = agreements.save(newAgreement(uniqueCode()));
        AgreementDraft first = agreements.edit(id);
        AgreementDraft second = agreements.edit(id);
        first.setTitleEn("Edited by the first program manager");
        agreements.save(first);
        second.setTitleEn("Edited by the second program manager");
        second.setSignatories(List.of());

        assertThatThrownBy(() -> agreements.save(second)).isInstanceOf(EditConflictException.class);
        AgreementDetail detail = agreements.detail(id);
        assertThat(detail.titleEn()).isEqualTo("Edited by the first program manager");
        assertThat(detail.signatories()).hasSize(2);
    }

    @Test
    void secondOfTwoFirstGovernanceSetUpsGetsAConflict() {
        long id = agreements.save(newAgreement(uniqueCode()));
        GovernanceDraft first = steeringGroup(id);
        GovernanceDraft second = steeringGroup(id);
        second.setNameEn("Another steering group");
        agreements.saveGovernance(id, first);

        assertThatThrownBy(() -> agreements.saveGovernance(id, second)).isInstanceOf(EditConflictException.class);
        assertThat(agreements.detail(id).governance().orElseThrow().nameEn()).isEqualTo("Steering Group");
    }

    @Test
    void signedPdfIsStoredAndDownloadedByteForByte() {
        long id = agreements.save(newAgreement(uniqueCode()));
        byte[] signed = pdf("Declaration of Principles");

        agreements.attachText(id, null, "dop-2012.pdf", signed);

        SignedText text = agreements.text(id).orElseThrow();
        assertThat(text.filename()).isEqualTo("dop-2012.pdf");
        assertThat(text.content()).isEqualTo(signed);
        DocumentInfo info = agreements.detail(id).text().orElseThrow();
        assertThat(info.sizeBytes()).isEqualTo(signed.length);
        assertThat(info.uploadedBy()).isEqualTo("pm.us");
    }

    @Test
    void replacingTheTextTwiceFromTheSameLoadedVersionIsAConflictForTheSecond() {
        long id = agreements.save(newAgreement(uniqueCode()));
        agreements.attachText(id, null, "dop.pdf", pdf("signed"));
        long loaded = agreements.detail(id).text().orElseThrow().version();

        agreements.attachText(id, loaded, "dop-amended.pdf", pdf("amended"));

        assertThatThrownBy(() -> agreements.attachText(id, loaded, "dop-other.pdf", pdf("other")))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> agreements.attachText(id, null, "dop-first.pdf", pdf("first")))
                .isInstanceOf(EditConflictException.class);
        assertThat(agreements.text(id).orElseThrow().content()).isEqualTo(pdf("amended"));
    }

    @Test
    void twoFirstUploadsAtTheSameMomentAreAConflictForTheSecond() {
        long id = agreements.save(newAgreement(uniqueCode()));

        Throwable second = new AtTheSameMoment(transactions).secondThrows(
                () -> agreements.attachText(id, null, "first.pdf", pdf("first")),
                () -> agreements.attachText(id, null, "second.pdf", pdf("second")));

        assertThat(second).isInstanceOf(EditConflictException.class);
        assertThat(agreements.text(id).orElseThrow().filename()).isEqualTo("first.pdf");
    }

    @Test
    void fileNamedPdfThatIsNotAPdfIsRefused() {
        long id = agreements.save(newAgreement(uniqueCode()));

        for (byte[] content : List.of("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            assertThatThrownBy(() -> agreements.attachText(id, null, "agreement.pdf", content))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("text");
                        assertThat(e.messageKey()).isEqualTo("agreement.text.not-pdf");
                    });
        }
        assertThat(agreements.text(id)).isEmpty();
    }

    @Test
    void pdfLargerThan20MegabytesIsRefused() {
        long id = agreements.save(newAgreement(uniqueCode()));
        byte[] tooLarge = pdfOfSize(20 * 1024 * 1024 + 1);

        assertThatThrownBy(() -> agreements.attachText(id, null, "large.pdf", tooLarge))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agreement.text.too-large"));
        assertThat(agreements.text(id)).isEmpty();
    }

    @Test
    void pdfOfAlmost20MegabytesIsStored() {
        long maxPacket = maxAllowedPacket();
        assumeThat(maxPacket).as("the database's max_allowed_packet (%d bytes) is too small for a 20 MB PDF;"
                + " see docs/operations.md", maxPacket).isGreaterThan(21L * 1024 * 1024);
        long id = agreements.save(newAgreement(uniqueCode()));
        byte[] large = pdfOfSize(20 * 1024 * 1024);

        agreements.attachText(id, null, "large.pdf", large);

        assertThat(agreements.text(id).orElseThrow().content()).isEqualTo(large);
    }

    @Test
    void everyChangeIsRecordedInTheHistoryWithWhoFieldBeforeAndAfter() {
        String code = uniqueCode();
        long id = agreements.save(newAgreement(code));
        AgreementDraft draft = agreements.edit(id);
        draft.setTitleEn("Declaration of Principles, as amended");
        draft.setKind(AgreementKind.JOINT_STATEMENT);
        agreements.save(draft);
        agreements.saveCommitment(id, commitment(1, "Trade", "Comercio"));
        agreements.saveGovernance(id, steeringGroup(id));
        agreements.attachText(id, null, "dop.pdf", pdf("one"));
        agreements.attachText(id, agreements.detail(id).text().orElseThrow().version(), "dop.pdf", pdf("two"));

        List<HistoryLine> history = agreements.history(id);

        assertThat(history).allSatisfy(line -> {
            assertThat(line.by()).isEqualTo("pm.us");
            assertThat(line.at()).isNotNull();
        });
        assertThat(history).extracting(HistoryLine::field, HistoryLine::before, HistoryLine::after).contains(
                tuple("code", null, code),
                tuple("titleEn", "Declaration of Principles " + code,
                        "Declaration of Principles, as amended"),
                tuple("kind", "DECLARATION_OF_PRINCIPLES", "JOINT_STATEMENT"),
                tuple("commitment 1: titleEn", null, "Trade"),
                tuple("governance.coChairs", null, "US: Alan Bersin; MX: Coordinación de Aduanas"));
        assertThat(history).filteredOn(line -> line.field().equals("text")).hasSize(2)
                .allSatisfy(line -> assertThat(line.after()).startsWith("dop.pdf · SHA-256 "));
        assertThat(history).filteredOn(line -> line.field().equals("signedOn")).singleElement()
                .extracting(HistoryLine::after).isEqualTo("2012-02-27");
    }

    @Test
    void textIsStoredAndReadBackExactly() {
        AgreementDraft draft = newAgreement(uniqueCode());
        draft.setTitleEn(EXACT_TEXT);
        draft.setSummaryEs(EXACT_TEXT);
        draft.setSignatories(List.of(new SignatoryDraft("MX", EXACT_TEXT, EXACT_TEXT, null)));

        long id = agreements.save(draft);
        agreements.saveCommitment(id, commitment(1, EXACT_TEXT, EXACT_TEXT));

        AgreementDetail detail = agreements.detail(id);
        assertThat(detail.titleEn()).isEqualTo(EXACT_TEXT);
        assertThat(detail.summaryEs()).isEqualTo(EXACT_TEXT);
        assertThat(detail.signatories().getFirst().personName()).isEqualTo(EXACT_TEXT);
        assertThat(detail.commitments().getFirst().titleEs()).isEqualTo(EXACT_TEXT);
        assertThat(agreements.page(new AgreementFilter(draft.getCode(), null, null), PageRequest.of(0, 5)))
                .singleElement().extracting(AgreementRow::titleEn).isEqualTo(EXACT_TEXT);
        assertThat(agreements.history(id)).filteredOn(line -> line.field().equals("titleEn")).singleElement()
                .extracting(HistoryLine::after).isEqualTo(EXACT_TEXT);
    }

    @Test
    void pageIsFilteredAndSortedInTheDatabase() {
        String marker = uniqueCode();
        save(marker + "-A", AgreementKind.JOINT_STATEMENT, AgreementStatus.IN_FORCE, LocalDate.of(2012, 2, 27));
        save(marker + "-B", AgreementKind.MEMORANDUM, AgreementStatus.IN_FORCE, LocalDate.of(2010, 5, 19));
        save(marker + "-C", AgreementKind.MEMORANDUM, AgreementStatus.EXPIRED, LocalDate.of(2011, 12, 1));

        assertThat(agreements.page(new AgreementFilter(marker.toLowerCase(), null, null),
                PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "signedOn"))))
                .extracting(AgreementRow::code).containsExactly(marker + "-A", marker + "-C");
        assertThat(agreements.page(new AgreementFilter(marker, null, null), PageRequest.of(1, 2)))
                .extracting(AgreementRow::code).containsExactly(marker + "-C");
        assertThat(agreements.count(new AgreementFilter(marker, AgreementKind.MEMORANDUM, null))).isEqualTo(2);
        assertThat(agreements.page(new AgreementFilter(marker, AgreementKind.MEMORANDUM, AgreementStatus.EXPIRED),
                PageRequest.of(0, 5))).extracting(AgreementRow::code).containsExactly(marker + "-C");
    }

    private void assertOnlyReads() {
        long id = SignedIn.as(accounts, "pm.mx", () -> {
            long created = agreements.save(newAgreement(uniqueCode()));
            agreements.saveCommitment(created, commitment(1, "Trade", "Comercio"));
            return created;
        });
        AgreementDetail detail = agreements.detail(id);
        long commitmentId = detail.commitments().getFirst().id();

        assertThat(agreements.page(new AgreementFilter(detail.code(), null, null), PageRequest.of(0, 5))).hasSize(1);
        assertThat(agreements.count(new AgreementFilter(detail.code(), null, null))).isEqualTo(1);
        assertThatThrownBy(() -> agreements.history(id)).as("DESIGN.md §4: the audit trail is not theirs")
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> agreements.save(newAgreement(uniqueCode())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> agreements.save(agreements.edit(id))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> agreements.saveCommitment(id, agreements.editCommitment(commitmentId)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> agreements.saveGovernance(id, steeringGroup(id)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> agreements.attachText(id, null, "text.pdf", pdf("x")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(agreements.detail(id).governance()).isEmpty();
        assertThat(agreements.text(id)).isEmpty();
    }

    private void save(String code, AgreementKind kind, AgreementStatus status, LocalDate signedOn) {
        AgreementDraft draft = newAgreement(code);
        draft.setKind(kind);
        draft.setStatus(status);
        draft.setSignedOn(signedOn);
        agreements.save(draft);
    }

    private GovernanceDraft steeringGroup(long agreementId) {
        GovernanceDraft draft = agreements.editGovernance(agreementId);
        draft.setNameEn("Steering Group");
        draft.setNameEs("Grupo Directivo");
        draft.setCadence(MeetingCadence.QUARTERLY);
        draft.setCoChairIds(Map.of("US", userId("bersin"), "MX", userId("lead.mx")));
        return draft;
    }

    private long disabledUser(String partyCode, String agencyCode) {
        String username = "t." + uniqueCode().toLowerCase();
        var draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName("Disabled " + username);
        draft.setEmail(username + "@example.org");
        draft.setParty(referenceData.parties().stream().filter(p -> p.getCode().equals(partyCode)).findFirst().orElseThrow());
        draft.setAgency(referenceData.agencies().stream().filter(a -> a.getCode().equals(agencyCode)).findFirst().orElseThrow());
        draft.setLanguage(Language.EN);
        draft.setRoles(Set.of(Role.OVERSIGHT_LEAD));
        draft.setInitialPassword("correct horse battery staple");
        long id = users.save(draft).id();
        users.disable(id);
        return id;
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    /** MySQL and MariaDB refuse a statement larger than this; H2 has no such limit. */
    private long maxAllowedPacket() {
        String database = jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName());
        return "H2".equals(database) ? Long.MAX_VALUE
                : jdbc.queryForObject("select @@max_allowed_packet", Long.class);
    }

    private static byte[] pdfOfSize(int size) {
        byte[] start = pdf("large");
        byte[] content = Arrays.copyOf(start, size);
        Arrays.fill(content, start.length, size, (byte) ' ');
        return content;
    }
}
