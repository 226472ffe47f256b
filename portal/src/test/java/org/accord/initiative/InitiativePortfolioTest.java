package org.accord.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.audit.HistoryLine;
import org.accord.people.ReferenceData;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@PortalTest
@WithUserDetails("pm.us")
class InitiativePortfolioTest {

    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;

    PortfolioFixture fixture;
    long[] agreement;

    @BeforeEach
    void agreementWithCommitments() {
        fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        agreement = fixture.agreementWithTwoCommitments();
    }

    @Test
    void programManagerCreatesAnInitiativeWithBothLeads() {
        long id = portfolio.save(fixture.initiative(agreement[1], "bersin", "lead.mx"));

        var detail = portfolio.detail(id);
        assertThat(detail.leads()).containsOnlyKeys("US", "MX");
        assertThat(detail.leads().get("US").username()).isEqualTo("bersin");
        assertThat(detail.leadAgencies()).containsEntry("US", "CBP").containsEntry("MX", "ADUANAS");
        assertThat(detail.commitments()).extracting(c -> c.number()).containsExactly(1);
        assertThat(portfolio.leadHistory(id)).hasSize(2).allMatch(period -> period.isCurrent());
    }

    @Test
    void aNewInitiativesHistoryHasEachFieldAtTheMomentOfTheSaveByItsAuthor() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS); // MariaDB through Connector/J keeps no fraction
        long id = portfolio.save(fixture.initiative(agreement[1], "bersin", "lead.mx"));
        Instant after = Instant.now().plusMillis(1);

        var history = portfolio.history(id);
        assertThat(history).extracting(HistoryLine::field).contains("code", "titleEn", "lead.US", "lead.MX");
        assertThat(history).allSatisfy(line -> {
            assertThat(line.at()).isBetween(before, after);
            assertThat(line.by()).isEqualTo("pm.us");
            assertThat(line.subjectId()).isEqualTo(id);
            assertThat(line.before()).isNull();
        });
        assertThat(history).filteredOn(line -> line.field().equals("lead.US"))
                .extracting(HistoryLine::after).containsExactly("Alan Bersin");
    }

    @Test
    void reassigningALeadKeepsTheHistory() {
        long id = portfolio.save(fixture.initiative(agreement[1], "bersin", "lead.mx"));

        portfolio.assignLead(id, portfolio.detail(id).version(), "US", fixture.userId("aguilar"));

        assertThat(portfolio.detail(id).leads().get("US").username()).isEqualTo("aguilar");
        var history = portfolio.leadHistory(id).stream().filter(period -> period.partyCode().equals("US")).toList();
        assertThat(history).extracting(LeadPeriod::leadName).containsExactly("Alan Bersin", "David Aguilar");
        assertThat(history.get(0).endedAt()).isNotNull();
        assertThat(history.get(1).isCurrent()).isTrue();
        assertThat(history.get(1).assignedBy()).isEqualTo("pm.us");
        assertThat(portfolio.history(id)).extracting(HistoryLine::field).contains("lead.US");
    }

    @Test
    void leadMustBeAnActiveOversightLeadOfThatParty() {
        var otherParty = fixture.initiative(agreement[1], "lead.mx", "lead.mx");
        var notALead = fixture.initiative(agreement[1], "liaison.us", "lead.mx");

        assertThatThrownBy(() -> portfolio.save(otherParty)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("lead.US"));
        assertThatThrownBy(() -> portfolio.save(notALead)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("initiative.lead.not-eligible"));
        assertThat(count(otherParty.getCode()) + count(notALead.getCode())).isZero();
    }

    @Test
    void leadAgencyOfTheOtherPartyIsRefused() {
        var draft = fixture.initiative(agreement[1], "bersin", "lead.mx");
        draft.setLeadAgencyIds(Map.of("US", fixture.agency("SHCP"), "MX", fixture.agency("ADUANAS")));

        assertThatThrownBy(() -> portfolio.save(draft)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("leadAgency.US"));
    }

    @Test
    void endBeforeStartAndAmberWithoutReasonAreRefused() {
        var dates = fixture.initiative(agreement[1], "bersin", "lead.mx");
        dates.setStartDate(LocalDate.of(2012, 6, 1));
        dates.setTargetEndDate(LocalDate.of(2012, 5, 1));
        var amber = fixture.initiative(agreement[1], "bersin", "lead.mx");
        amber.setHealth(Health.AMBER);

        assertThatThrownBy(() -> portfolio.save(dates)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("targetEndDate"));
        assertThatThrownBy(() -> portfolio.save(amber)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("healthReason"));
    }

    @Test
    void blankOrTooLongTitlesAreRefusedAndNothingIsSaved() {
        var blank = fixture.initiative(agreement[1], "bersin", "lead.mx");
        blank.setTitleEn(" ");
        var tooLong = fixture.initiative(agreement[1], "bersin", "lead.mx");
        tooLong.setTitleEs("é".repeat(301));

        assertThatThrownBy(() -> portfolio.save(blank)).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> portfolio.save(tooLong)).isInstanceOf(ConstraintViolationException.class);
        assertThat(count(blank.getCode()) + count(tooLong.getCode())).isZero();
    }

    @Test
    void secondOfTwoConcurrentEditsGetsAConflict() {
        long id = portfolio.save(fixture.initiative(agreement[1], "bersin", "lead.mx"));
        var first = portfolio.edit(id);
        var second = portfolio.edit(id);

        first.setTitleEn("Edited first");
        portfolio.save(first);
        second.setTitleEn("Edited second");

        assertThatThrownBy(() -> portfolio.save(second)).isInstanceOf(EditConflictException.class);
        assertThat(portfolio.detail(id).titleEn()).isEqualTo("Edited first");
    }

    @Test
    void anyTextIsStoredAndFoundExactly() {
        var draft = fixture.initiative(agreement[1], "bersin", "lead.mx");
        String text = "Nuevo Esquema de Empresas Certificadas — <script>alert(1)</script> ' OR 1=1; -- עברית 🚢";
        draft.setDescriptionEs(text);
        long id = portfolio.save(draft);

        assertThat(portfolio.detail(id).descriptionEs()).isEqualTo(text);
        assertThat(portfolio.page(new InitiativeFilter("<script>alert(1)", null, null, null, null, null, null, null),
                PageRequest.of(0, 50))).extracting(InitiativeRow::id).contains(id);
    }

    @Test
    void filtersByAgreementCommitmentLeadAndHealth() {
        long served = portfolio.save(fixture.initiative(agreement[1], "bersin", "lead.mx"));
        long other = portfolio.save(fixture.initiative(agreement[2], "aguilar", "lead.inm"));

        assertThat(ids(new InitiativeFilter(null, agreement[0], null, null, null, null, null, null)))
                .contains(served, other);
        assertThat(ids(new InitiativeFilter(null, null, agreement[1], null, null, null, null, null)))
                .containsExactly(served);
        assertThat(ids(new InitiativeFilter(null, agreement[0], null, null, null, null, fixture.userId("aguilar"), null)))
                .containsExactly(other);
        assertThat(portfolio.coverage(agreement[0])).extracting(CommitmentCoverage::initiatives).containsExactly(1L, 1L);
    }

    private java.util.List<Long> ids(InitiativeFilter filter) {
        return portfolio.page(filter, PageRequest.of(0, 100)).stream().map(InitiativeRow::id).toList();
    }

    private long count(String code) {
        return jdbc.queryForObject("select count(*) from initiative where code = ?", Long.class, code);
    }
}
