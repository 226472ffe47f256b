package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.accord.agreement.CommitmentDraft;
import org.accord.portal.ui.TextLimits;

/** Adds or edits a commitment: its number in the agreement, titles and descriptions in both languages. */
class CommitmentForm extends DraftForm<CommitmentDraft> {

    final IntegerField number = new IntegerField();
    final TextField titleEn = new TextField();
    final TextField titleEs = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionEs = new TextArea();

    CommitmentForm() {
        super(CommitmentDraft.class);
        setId("commitment-form");
        number.setLabel(getTranslation("commitment.number"));
        number.setMin(1);
        number.setMax(999);
        number.setStepButtonsVisible(true);
        titleEn.setLabel(getTranslation("commitment.title-en"));
        TextLimits.atMost(titleEn, 300);
        titleEs.setLabel(getTranslation("commitment.title-es"));
        TextLimits.atMost(titleEs, 300);
        descriptionEn.setLabel(getTranslation("commitment.description-en"));
        TextLimits.atMost(descriptionEn, 2000);
        descriptionEs.setLabel(getTranslation("commitment.description-es"));
        TextLimits.atMost(descriptionEs, 2000);

        titleEn.setRequiredIndicatorVisible(true);
        titleEs.setRequiredIndicatorVisible(true);
        binder.forField(number).asRequired(getTranslation("commitment.number.required")).bind("number");
        binder.bindInstanceFields(this);

        add(number, titleEn, titleEs, descriptionEn, descriptionEs);
        setColspan(number, 2);
    }

    @Override
    protected SequencedMap<String, HasValidation> fieldsByProperty() {
        var fields = new LinkedHashMap<String, HasValidation>();
        fields.put("number", number);
        fields.put("titleEn", titleEn);
        fields.put("titleEs", titleEs);
        fields.put("descriptionEn", descriptionEn);
        fields.put("descriptionEs", descriptionEs);
        return fields;
    }
}
