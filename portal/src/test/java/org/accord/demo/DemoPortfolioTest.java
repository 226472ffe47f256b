package org.accord.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.accord.PortalTest;
import org.accord.agreement.AgreementDetail;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.Agreements;
import org.accord.agreement.SignatoryView;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeDetail;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeRow;
import org.accord.initiative.LeadPeriod;
import org.accord.initiative.NoteView;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Demo mode registers the instruments of 27 February 2012 and their initiatives through the services. */
@PortalTest
class DemoPortfolioTest {

    static final List<String> CODES = List.of("DOP-2012", "ISA-2012", "GSCS-2012", "DHS-SEGOB-2012");

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
    void theFourInstrumentsAreInForceSignedInMexicoCityOn27February2012() {
        List<AgreementDetail> details = signedIn.as("napolitano", () -> CODES.stream()
                .map(code -> agreements.detail(agreements.idOf(code).orElseThrow())).toList());

        assertThat(details).allSatisfy(agreement -> {
            assertThat(agreement.signedOn()).isEqualTo(LocalDate.of(2012, 2, 27));
            assertThat(agreement.signedPlace()).contains("Mexico City", "Ciudad de México");
            assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(agreement.titleEs()).isNotBlank().isNotEqualTo(agreement.titleEn());
            assertThat(agreement.summaryEn()).isNotBlank();
            assertThat(agreement.summaryEs()).isNotBlank();
            assertThat(agreement.signatories()).extracting(SignatoryView::personName).contains("Janet Napolitano");
            assertThat(agreement.governance()).hasValueSatisfying(body ->
                    assertThat(body.coChairs()).containsOnlyKeys("US", "MX"));
        });
        assertThat(details.getFirst().commitments()).extracting(commitment -> commitment.titleEn()).containsExactly(
                "Facilitation of legitimate trade", "Enforcement of customs laws", "Targeting and risk management",
                "Strengthening global supply chain security", "Leadership for overseeing the implementation");
        assertThat(details.getFirst().governance().orElseThrow().coChairs())
                .hasEntrySatisfying("US", person -> assertThat(person.username()).isEqualTo("bersin"))
                .hasEntrySatisfying("MX", person -> assertThat(person.username()).isEqualTo("lead.mx"));
        assertThat(details.getLast().signatories()).extracting(SignatoryView::personName, SignatoryView::agencyCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Janet Napolitano", "DHS"),
                        org.assertj.core.groups.Tuple.tuple("Alejandro Poiré", "SEGOB"));
        assertThat(details.get(2).summaryEs()).contains("Nuevo Esquema de Empresas Certificadas");
    }

    @Test
    void atLeastTenInitiativesServeTheCommitmentsWithAnOversightLeadAndLeadAgencyOnEachSide() {
        List<InitiativeDetail> initiatives = signedIn.as("pm.mx", () -> CODES.stream()
                .flatMap(code -> portfolio.page(new InitiativeFilter(null, agreements.idOf(code).orElseThrow(), null,
                        null, null, null, null, null), PageRequest.of(0, 100)).stream())
                .map(InitiativeRow::id).distinct().map(portfolio::detail).toList());

        assertThat(initiatives).hasSizeGreaterThanOrEqualTo(10).allSatisfy(initiative -> {
            assertThat(initiative.leads()).containsOnlyKeys("US", "MX");
            assertThat(initiative.leadAgencies()).containsOnlyKeys("US", "MX");
            assertThat(initiative.commitments()).isNotEmpty();
            assertThat(initiative.startDate().getYear()).isBetween(2012, 2014);
            assertThat(initiative.targetEndDate()).isAfter(initiative.startDate());
            if (initiative.health() != Health.GREEN) {
                assertThat(initiative.healthReason()).isNotBlank();
            }
        });
        assertThat(initiatives).extracting(InitiativeDetail::health).contains(Health.GREEN, Health.AMBER, Health.RED);
        assertThat(initiatives).extracting(initiative -> initiative.leads().get("US").username())
                .contains("bersin", "aguilar", "morton");
        assertThat(initiatives).extracting(initiative -> initiative.leads().get("MX").username())
                .contains("lead.mx", "lead.inm");
    }

    @Test
    void passengerRiskManagementWasHandedFromBersinToAguilar() {
        List<LeadPeriod> usLeads = signedIn.as("pm.us", () -> portfolio.leadHistory(
                portfolio.idOf("DOP-2012-03").orElseThrow())).stream()
                .filter(period -> period.partyCode().equals("US")).toList();

        assertThat(usLeads).extracting(LeadPeriod::leadName).containsExactly("Alan Bersin", "David Aguilar");
        assertThat(usLeads.getLast().isCurrent()).isTrue();
    }

    @Test
    void internalNotesStayWithTheirParty() {
        long investigations = signedIn.as("pm.us", () -> portfolio.idOf("DOP-2012-06").orElseThrow());

        List<NoteView> seenInUs = signedIn.as("napolitano", () -> portfolio.notes(investigations));
        List<NoteView> seenInMexico = signedIn.as("meade", () -> portfolio.notes(investigations));

        assertThat(seenInUs).extracting(NoteView::partyCode).containsOnly("US");
        assertThat(seenInMexico).extracting(NoteView::partyCode).containsOnly("MX");
        assertThat(seenInMexico).allMatch(NoteView::internal);
    }
}
