package org.accord.portal.ui.agreement;

import static org.accord.agreement.AgreementDrafts.commitment;
import static org.accord.agreement.AgreementDrafts.newAgreement;
import static org.accord.agreement.AgreementDrafts.pdf;
import static org.accord.agreement.AgreementDrafts.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteNotFoundError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.accord.SignedIn;
import org.accord.agreement.AgreementDraft;
import org.accord.agreement.Agreements;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("pm.us")
class AgreementViewTest extends PortalBrowserlessTest {

    @Autowired
    Agreements agreements;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pageShowsWhatWasSignedByWhomInTheUsersLanguage() {
        String code = uniqueCode();
        long id = agreements.save(newAgreement(code));

        AgreementView view = open(id);

        assertThat(view.header.title.getText()).isEqualTo(code + " · Declaration of Principles " + code);
        assertThat(view.header.status.getText()).isEqualTo("In force");
        assertThat(view.header.facts.getText()).isEqualTo("Declaration of principles · signed on Feb 27, 2012 in Mexico City");
        assertThat(view.header.signatories.getElement().getTextRecursively())
                .contains("Janet Napolitano, Secretary of Homeland Security (DHS)")
                .contains("José Antonio Meade, Secretario de Hacienda y Crédito Público (SHCP)");
        assertThat(view.header.summary.getText()).isEqualTo("Mutual goals and priority initiatives.");
        assertThat(view.text.none.isVisible()).isTrue();
        assertThat(view.text.download.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("liaison.us")
    void liaisonSeesNoEditButtons() {
        long id = SignedIn.as(accounts, "pm.us", () -> {
            long created = agreements.save(newAgreement(uniqueCode()));
            agreements.saveCommitment(created, commitment(1, "Trade", "Comercio"));
            return created;
        });

        AgreementView view = open(id);

        assertThat(view.header.edit.isVisible()).isFalse();
        assertThat(view.text.upload.isVisible()).isFalse();
        assertThat(view.commitments.add.isVisible()).isFalse();
        assertThat(view.commitments.grid.getColumnByKey("edit")).isNull();
        assertThat(view.governance.edit.isVisible()).isFalse();
        assertThat(test(view.commitments.grid).size()).isEqualTo(1);
        assertThat(view.historySection.isVisible()).as("DESIGN.md §4: no audit trail for liaisons").isFalse();
    }

    @Test
    void programManagerAddsACommitmentThatNoInitiativeServesYet() {
        long id = agreements.save(newAgreement(uniqueCode()));
        AgreementView view = open(id);

        test(view.commitments.add).click();
        CommitmentForm form = $(CommitmentForm.class).single();
        assertThat(form.number.getValue()).isEqualTo(1);
        test(form.titleEn).setValue("Enforcement of customs laws");
        test(form.titleEs).setValue("Aplicación de las leyes aduaneras");
        test(form.save).click();

        assertThat(test(view.commitments.grid).size()).isEqualTo(1);
        assertThat(test(view.commitments.grid).getCellText(0, 1)).isEqualTo("Enforcement of customs laws");
        assertThat(view.commitments.coverageText(test(view.commitments.grid).getRow(0))).isEqualTo("None yet");
        assertThat(agreements.detail(id).commitments()).singleElement()
                .satisfies(commitment -> assertThat(commitment.titleEs()).isEqualTo("Aplicación de las leyes aduaneras"));
    }

    @Test
    void commitmentsWithoutInitiativesStandOutWhenCoverageIsKnown() {
        long id = agreements.save(newAgreement(uniqueCode()));
        long covered = agreements.saveCommitment(id, commitment(1, "Trade", "Comercio"));
        agreements.saveCommitment(id, commitment(2, "Enforcement", "Aplicación"));
        AgreementView view = open(id);

        view.commitments.show(agreements.detail(id).commitments(), Map.of(covered, 3L));

        assertThat(view.commitments.coverageText(test(view.commitments.grid).getRow(0))).isEqualTo("3 initiatives");
        assertThat(view.commitments.coverageText(test(view.commitments.grid).getRow(1))).isEqualTo("None yet");
        assertThat(view.commitments.uncovered.getText()).isEqualTo("1 commitment has no initiative yet");
        assertThat(view.commitments.uncovered.isVisible()).isTrue();
    }

    @Test
    void duplicateCommitmentNumberIsShownAtTheNumberField() {
        long id = agreements.save(newAgreement(uniqueCode()));
        agreements.saveCommitment(id, commitment(1, "Trade", "Comercio"));
        AgreementView view = open(id);

        test(view.commitments.add).click();
        CommitmentForm form = $(CommitmentForm.class).single();
        test(form.number).setValue(1);
        test(form.titleEn).setValue("Again");
        test(form.titleEs).setValue("Otra vez");
        test(form.save).click();

        assertThat(form.number.isInvalid()).isTrue();
        assertThat(form.number.getErrorMessage()).isEqualTo("This agreement already has a commitment with this number.");
        assertThat(agreements.detail(id).commitments()).hasSize(1);
    }

    @Test
    void nonPdfUploadShowsTheServicesMessageAtTheUpload() {
        long id = agreements.save(newAgreement(uniqueCode()));
        AgreementView view = open(id);

        test(view.text.upload).upload("agreement.pdf", "application/pdf",
                "<html><script>alert('x')</script></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(view.text.error.isVisible()).isTrue();
        assertThat(view.text.error.getText()).isEqualTo("This file is not a PDF. Upload the signed text as a PDF.");
        assertThat(agreements.text(id)).isEmpty();
    }

    @Test
    void uploadedPdfIsDownloadedByteForByte() {
        long id = agreements.save(newAgreement(uniqueCode()));
        AgreementView view = open(id);
        byte[] signed = pdf("Interconnection Security Agreement");

        test(view.text.upload).upload("isa-2012.pdf", "application/pdf", signed);

        assertThat(view.text.error.isVisible()).isFalse();
        assertThat(view.text.download.isVisible()).isTrue();
        assertThat(view.text.download.getText()).isEqualTo("Download isa-2012.pdf");
        var downloaded = new ByteArrayOutputStream();
        test(view.text.download).download(downloaded);
        assertThat(downloaded.toByteArray()).isEqualTo(signed);
    }

    @Test
    void textReplacedByAnotherManagerMeanwhileShowsTheConflictMessageAndKeepsTheirs() {
        long id = agreements.save(newAgreement(uniqueCode()));
        agreements.attachText(id, null, "isa-2012.pdf", pdf("signed"));
        AgreementView view = open(id);
        long seen = agreements.detail(id).text().orElseThrow().version();
        agreements.attachText(id, seen, "isa-2012-amended.pdf", pdf("amended"));

        test(view.text.upload).upload("isa-2012-mine.pdf", "application/pdf", pdf("mine"));

        assertThat(view.text.error.isVisible()).isTrue();
        assertThat(view.text.error.getText()).startsWith("Someone else saved this record while you were editing it.");
        assertThat(view.text.download.getText()).isEqualTo("Download isa-2012-amended.pdf");
        assertThat(agreements.text(id).orElseThrow().content()).isEqualTo(pdf("amended"));
    }

    @Test
    void secondEditOfTheSameAgreementGetsTheConflictMessageAndOverwritesNothing() {
        long id = agreements.save(newAgreement(uniqueCode()));
        AgreementView view = open(id);
        test(view.header.edit).click();
        AgreementForm form = $(AgreementForm.class).single();

        AgreementDraft meanwhile = agreements.edit(id);
        meanwhile.setTitleEn("Saved by the other program manager");
        agreements.save(meanwhile);
        test(form.titleEn).setValue("Changed in the form");
        test(form.save).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("Someone else saved this record");
        assertThat(form.titleEn.getValue()).isEqualTo("Saved by the other program manager");
        assertThat(view.header.title.getText()).endsWith("Saved by the other program manager");
        assertThat(jdbc.queryForObject("select title_en from agreement where id = ?", String.class, id))
                .isEqualTo("Saved by the other program manager");
    }

    @Test
    void programManagerSetsUpTheGovernanceBodyWithCoChairsOfEachParty() {
        long id = agreements.save(newAgreement(uniqueCode()));
        AgreementView view = open(id);

        test(view.governance.edit).click();
        GovernanceForm form = $(GovernanceForm.class).single();
        test(form.nameEn).setValue("DOP Steering Group");
        test(form.nameEs).setValue("Grupo Directivo de la DdP");
        test(form.coChairs.get("US")).selectItem("Alan Bersin (US · DHS-OIA)");
        test(form.coChairs.get("MX")).selectItem("Coordinación de Aduanas (MX · ADUANAS)");
        test(form.save).click();

        assertThat(view.governance.name.getText()).isEqualTo("DOP Steering Group");
        assertThat(view.governance.coChairs.getElement().getTextRecursively())
                .contains("Alan Bersin (US · DHS-OIA)").contains("Coordinación de Aduanas (MX · ADUANAS)");
        assertThat(agreements.detail(id).governance().orElseThrow().coChairs()).containsOnlyKeys("US", "MX");
    }

    @Test
    @WithUserDetails("pm.mx")
    void historyShowsWhoChangedWhatInTheUsersLanguage() {
        long id = SignedIn.as(accounts, "pm.mx", () -> {
            long created = agreements.save(newAgreement(uniqueCode()));
            AgreementDraft draft = agreements.edit(created);
            draft.setTitleEs("Declaración de Principios, modificada");
            agreements.save(draft);
            agreements.saveCommitment(created, commitment(3, "Targeting", "Selección de objetivos"));
            return created;
        });

        AgreementView view = open(id);

        var history = test(view.history.grid);
        assertThat(history.getCellText(0, 1)).isEqualTo("pm.mx");
        assertThat(history.getCellText(0, 2)).startsWith("Compromiso 3: ");
        int titleEs = rowWithField(history, "Título en español");
        assertThat(history.getCellText(titleEs, 3)).endsWith(" → Declaración de Principios, modificada");
        int kind = rowWithField(history, "Tipo");
        assertThat(history.getCellText(kind, 3)).isEqualTo("— → Declaración de principios");
        int signedOn = rowWithField(history, "Firmado el");
        assertThat(history.getCellText(signedOn, 3)).isEqualTo("— → 27 feb 2012");
    }

    @Test
    void unknownAgreementIsNotFound() {
        navigate("agreements/999999999999", RouteNotFoundError.class);

        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    private static int rowWithField(com.vaadin.flow.component.grid.GridTester<?, ?> history, String field) {
        for (int row = 0; row < history.size(); row++) {
            if (history.getCellText(row, 2).equals(field)) {
                return row;
            }
        }
        throw new AssertionError("No history line for " + field);
    }

    private AgreementView open(long id) {
        return navigate("agreements/" + id, AgreementView.class);
    }
}
