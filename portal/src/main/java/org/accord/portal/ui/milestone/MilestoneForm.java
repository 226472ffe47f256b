package org.accord.portal.ui.milestone;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import org.accord.milestone.MilestoneDraft;
import org.accord.milestone.OwnerSide;
import org.accord.portal.ui.Dates;

/** Title in both languages, description, owner side, baseline (only when adding), forecast and weight. */
class MilestoneForm extends FormLayout {

    final TextField titleEn = new TextField();
    final TextField titleEs = new TextField();
    final TextArea description = new TextArea();
    final Select<OwnerSide> ownerSide = new Select<>();
    final DatePicker baselineDate = new DatePicker();
    final DatePicker forecastDate = new DatePicker();
    final IntegerField weight = new IntegerField();
    private final BeanValidationBinder<MilestoneDraft> binder = new BeanValidationBinder<>(MilestoneDraft.class);
    private MilestoneDraft draft;

    MilestoneForm() {
        setId("milestone-form");
        titleEn.setLabel(getTranslation("milestone.title-en"));
        titleEn.setId("milestone-title-en");
        titleEs.setLabel(getTranslation("milestone.title-es"));
        titleEs.setId("milestone-title-es");
        description.setLabel(getTranslation("milestone.description"));
        ownerSide.setLabel(getTranslation("milestone.owner"));
        ownerSide.setItems(OwnerSide.values());
        ownerSide.setItemLabelGenerator(MilestoneTexts::side);
        baselineDate.setLabel(getTranslation("milestone.baseline"));
        baselineDate.setId("milestone-baseline");
        forecastDate.setLabel(getTranslation("milestone.forecast"));
        forecastDate.setId("milestone-forecast");
        Dates.localize(baselineDate);
        Dates.localize(forecastDate);
        weight.setLabel(getTranslation("milestone.weight"));
        weight.setHelperText(getTranslation("milestone.weight.hint"));
        weight.setMin(1);
        weight.setMax(100);
        binder.forField(weight).withConverter(value -> value == null ? 0 : value, value -> value).bind(MilestoneDraft::getWeight, MilestoneDraft::setWeight);
        binder.bindInstanceFields(this);
        add(titleEn, titleEs, description, ownerSide, baselineDate, forecastDate, weight);
        setColspan(description, 2);
    }

    void setDraft(MilestoneDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        baselineDate.setReadOnly(!draft.isNew());
        baselineDate.setHelperText(draft.isNew() ? null : getTranslation("milestone.baseline.rebaseline-hint"));
    }

    /** The draft with the form's values, or null when a field is invalid. */
    MilestoneDraft validDraft() {
        return binder.writeBeanIfValid(draft) ? draft : null;
    }

    void showError(String field, String message) {
        Map<String, HasValidation> fields = Map.of("titleEn", titleEn, "titleEs", titleEs, "description", description,
                "ownerSide", ownerSide, "baselineDate", baselineDate, "forecastDate", forecastDate, "weight", weight);
        HasValidation target = fields.getOrDefault(field, titleEn);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }
}
