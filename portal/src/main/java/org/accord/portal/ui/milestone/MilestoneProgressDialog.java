package org.accord.portal.ui.milestone;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.milestone.MilestoneStatus;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.TextLimits;
import org.accord.portal.ui.Texts;
import org.accord.shared.InvalidInputException;

/** Where a milestone stands: status, forecast, actual date and an optional note, logged together. */
class MilestoneProgressDialog extends Dialog {

    final Select<MilestoneStatus> status = new Select<>();
    final DatePicker forecast = new DatePicker();
    final DatePicker actual = new DatePicker();
    final TextArea note = new TextArea();
    final Button save = new Button();

    MilestoneProgressDialog(MilestoneRow row, MilestonePlan plan, MilestoneChanges changes) {
        setId("milestone-progress-dialog");
        setHeaderTitle(getTranslation("milestone.progress.title", row.title(Texts.currentLanguage())));
        status.setLabel(getTranslation("milestone.status"));
        status.setAutofocus(true);
        status.setItems(MilestoneStatus.values());
        status.setItemLabelGenerator(MilestoneTexts::status);
        status.setValue(row.status());
        status.setId("milestone-progress-status");
        forecast.setId("milestone-progress-forecast");
        actual.setId("milestone-progress-actual");
        note.setId("milestone-progress-note");
        forecast.setLabel(getTranslation("milestone.forecast"));
        forecast.setValue(row.forecastDate());
        actual.setLabel(getTranslation("milestone.actual"));
        actual.setValue(row.actualDate());
        Dates.localize(forecast);
        Dates.localize(actual);
        note.setLabel(getTranslation("milestone.note"));
        TextLimits.atMost(note, 4000);
        note.setWidthFull();
        var fields = new VerticalLayout(status, forecast, actual, note);
        fields.setPadding(false);
        add(fields);
        setWidth("32rem");
        save.setText(getTranslation("action.save"));
        save.setId("milestone-progress-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            if (changes.attempt(() -> plan.recordProgress(row.id(), row.version(), status.getValue(),
                    forecast.getValue(), actual.getValue(), note.getValue()), this::showAtField)) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void showAtField(InvalidInputException refused) {
        HasValidation field = switch (refused.field()) {
            case "status" -> status;
            case "forecastDate" -> forecast;
            case "actualDate" -> actual;
            default -> note;
        };
        field.setErrorMessage(getTranslation(refused.messageKey()));
        field.setInvalid(true);
    }
}
