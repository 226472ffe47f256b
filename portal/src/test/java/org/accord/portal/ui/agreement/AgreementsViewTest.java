package org.accord.portal.ui.agreement;

import static org.accord.agreement.AgreementDrafts.newAgreement;
import static org.accord.agreement.AgreementDrafts.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import org.accord.agreement.AgreementDraft;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.Agreements;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("pm.us")
class AgreementsViewTest extends PortalBrowserlessTest {

    @Autowired
    Agreements agreements;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listIsFilteredByTextKindAndStatusAndARowOpensTheAgreement() {
        String marker = uniqueCode();
        save(marker + "-DOP", AgreementKind.DECLARATION_OF_PRINCIPLES, AgreementStatus.IN_FORCE);
        save(marker + "-MOU", AgreementKind.MEMORANDUM, AgreementStatus.EXPIRED);
        AgreementsView view = navigate(AgreementsView.class);

        test(view.search).setValue(marker);
        assertThat(test(view.grid).size()).isEqualTo(2);
        test(view.kindFilter).selectItem("Memorandum");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(marker + "-MOU");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Expired");
        view.kindFilter.clear();
        test(view.statusFilter).selectItem("In force");
        assertThat(test(view.grid).size()).isEqualTo(1);

        test(view.grid).select(0);

        assertThat(getCurrentView()).isInstanceOf(AgreementView.class);
        assertThat(((AgreementView) getCurrentView()).header.title.getText())
                .isEqualTo(marker + "-DOP · Declaration of Principles " + marker + "-DOP");
    }

    @Test
    void programManagerCreatesAnAgreementThroughTheForm() {
        AgreementsView view = navigate(AgreementsView.class);
        String code = uniqueCode();

        test(view.newAgreement).click();
        AgreementForm form = $(AgreementForm.class).single();
        fill(form, code, "Joint Statement on Global Supply Chain Security");
        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(AgreementView.class);
        assertThat(jdbc.queryForObject("select title_es from agreement where code = ?", String.class, code))
                .isEqualTo("Declaración conjunta sobre la seguridad de la cadena de suministro");
        assertThat(jdbc.queryForObject("""
                select s.person_name from agreement_signatory s join agreement a on a.id = s.agreement_id
                where a.code = ?""", String.class, code)).isEqualTo("José Antonio Meade");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Saved.");
    }

    @Test
    void blankTitleIsShownAtTheFieldAndNothingIsSaved() {
        AgreementsView view = navigate(AgreementsView.class);
        String code = uniqueCode();

        test(view.newAgreement).click();
        AgreementForm form = $(AgreementForm.class).single();
        fill(form, code, "   ");
        test(form.save).click();

        assertThat(form.titleEn.isInvalid()).isTrue();
        assertThat(form.titleEn.getErrorMessage()).isEqualTo("Enter a title.");
        assertThat(form.isAttached()).isTrue();
        assertThat(countAgreements(code)).isZero();
    }

    @Test
    void takenCodeIsShownAtTheCodeFieldAndNothingIsSaved() {
        String code = uniqueCode();
        agreements.save(newAgreement(code));
        AgreementsView view = navigate(AgreementsView.class);

        test(view.newAgreement).click();
        AgreementForm form = $(AgreementForm.class).single();
        fill(form, code.toLowerCase(), "Another agreement");
        test(form.save).click();

        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("Another agreement already has this code.");
        assertThat(countAgreements(code)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("liaison.us")
    void liaisonSeesTheListWithoutTheNewAgreementButton() {
        AgreementsView view = navigate(AgreementsView.class);

        assertThat(view.newAgreement.isVisible()).isFalse();
        assertThat(view.grid.isVisible()).isTrue();
    }

    private void fill(AgreementForm form, String code, String titleEn) {
        test(form.code).setValue(code);
        test(form.titleEn).setValue(titleEn);
        test(form.titleEs).setValue("Declaración conjunta sobre la seguridad de la cadena de suministro");
        test(form.kind).selectItem("Joint statement");
        test(form.signatories.addButtons.get("MX")).click();
        test(form.signatories.rows.getLast().name).setValue("José Antonio Meade");
    }

    private void save(String code, AgreementKind kind, AgreementStatus status) {
        AgreementDraft draft = newAgreement(code);
        draft.setKind(kind);
        draft.setStatus(status);
        agreements.save(draft);
    }

    private long countAgreements(String code) {
        return jdbc.queryForObject("select count(*) from agreement where lower(code) = lower(?)", Long.class, code);
    }
}
