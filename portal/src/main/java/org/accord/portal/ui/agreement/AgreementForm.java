package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.accord.agreement.AgreementDraft;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.AgreementStatus;
import org.accord.people.Agency;
import org.accord.people.Party;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.TextLimits;

/** Registers or edits an agreement: code, titles and summaries in both languages, signing, status, signatories. */
class AgreementForm extends DraftForm<AgreementDraft> {

    final TextField code = new TextField();
    final TextField titleEn = new TextField();
    final TextField titleEs = new TextField();
    final Select<AgreementKind> kind = new Select<>();
    final Select<AgreementStatus> status = new Select<>();
    final DatePicker signedOn = new DatePicker();
    final TextField signedPlace = new TextField();
    final TextArea summaryEn = new TextArea();
    final TextArea summaryEs = new TextArea();
    final TextField link = new TextField();
    final SignatoriesField signatories;

    AgreementForm(List<Party> parties, List<Agency> agencies) {
        super(AgreementDraft.class);
        setId("agreement-form");
        signatories = new SignatoriesField(parties, agencies);
        code.setLabel(getTranslation("agreement.code"));
        code.setHelperText(getTranslation("agreement.code.help"));
        TextLimits.atMost(code, 30);
        titleEn.setLabel(getTranslation("agreement.title-en"));
        TextLimits.atMost(titleEn, 300);
        titleEs.setLabel(getTranslation("agreement.title-es"));
        TextLimits.atMost(titleEs, 300);
        kind.setLabel(getTranslation("agreement.kind"));
        kind.setItems(AgreementKind.values());
        kind.setItemLabelGenerator(AgreementTexts::kind);
        status.setLabel(getTranslation("agreement.status"));
        status.setItems(AgreementStatus.values());
        status.setItemLabelGenerator(AgreementTexts::status);
        signedOn.setLabel(getTranslation("agreement.signed-on"));
        Dates.localize(signedOn);
        signedPlace.setLabel(getTranslation("agreement.signed-place"));
        TextLimits.atMost(signedPlace, 200);
        summaryEn.setLabel(getTranslation("agreement.summary-en"));
        TextLimits.atMost(summaryEn, 4000);
        summaryEs.setLabel(getTranslation("agreement.summary-es"));
        TextLimits.atMost(summaryEs, 4000);
        link.setLabel(getTranslation("agreement.link"));
        link.setPlaceholder(getTranslation("agreement.link.placeholder"));
        TextLimits.atMost(link, 500);
        signatories.setLabel(getTranslation("agreement.signatories"));

        for (TextField required : List.of(code, titleEn, titleEs)) {
            required.setRequiredIndicatorVisible(true);
        }
        binder.forField(signatories)
                .withValidator(list -> list.stream().noneMatch(signatory -> signatory.personName().isBlank()),
                        getTranslation("signatory.name.required"))
                .bind(AgreementDraft::getSignatories, AgreementDraft::setSignatories);
        binder.bindInstanceFields(this);

        add(code, kind, titleEn, titleEs, signedOn, signedPlace, status, link, summaryEn, summaryEs, signatories);
        setColspan(signatories, 2);
    }

    @Override
    protected SequencedMap<String, HasValidation> fieldsByProperty() {
        var fields = new LinkedHashMap<String, HasValidation>();
        fields.put("code", code);
        fields.put("titleEn", titleEn);
        fields.put("titleEs", titleEs);
        fields.put("kind", kind);
        fields.put("status", status);
        fields.put("signedOn", signedOn);
        fields.put("signedPlace", signedPlace);
        fields.put("summaryEn", summaryEn);
        fields.put("summaryEs", summaryEs);
        fields.put("link", link);
        fields.put("signatories", signatories);
        return fields;
    }
}
