package org.accord.portal.ui.report;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accord.people.Language;
import org.accord.portal.ui.Texts;
import org.accord.report.ReportFormat;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportPeriod;
import org.accord.report.ReportRequest;
import org.accord.report.ReportScope;
import org.accord.report.Reports;
import org.accord.report.ScopeChoice;
import org.accord.report.ScopeKind;

/** What report to make: period or date range, scope, language, bilateral or the viewer's party's own, format. */
class ReportForm extends FormLayout {

    final Select<ReportPeriod> period = new Select<>();
    final Checkbox useRange = new Checkbox();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<ScopeKind> scopeKind = new Select<>();
    final ComboBox<ScopeChoice> scope = new ComboBox<>();
    final Select<ReportLanguage> language = new Select<>();
    final RadioButtonGroup<Boolean> internal = new RadioButtonGroup<>();
    final Select<ReportFormat> format = new Select<>();

    private final Reports reports;
    private final String partyCode;

    ReportForm(Reports reports, String partyCode) {
        this.reports = reports;
        this.partyCode = partyCode;
        setId("report-form");
        Language ui = Texts.currentLanguage();

        period.setId("report-period");
        period.setLabel(getTranslation("reports.period"));
        List<ReportPeriod> periods = reports.periods();
        period.setItems(periods);
        period.setItemLabelGenerator(p -> p.code() + " (" + p.start() + " – " + p.end() + ")");
        periods.stream().filter(p -> p.start().isBefore(LocalDate.now().plusDays(1))).findFirst()
                .or(() -> periods.stream().findFirst()).ifPresent(period::setValue);
        period.setEmptySelectionAllowed(false);

        useRange.setId("report-use-range");
        useRange.setLabel(getTranslation("reports.range"));
        from.setId("report-from");
        from.setLabel(getTranslation("reports.from"));
        to.setId("report-to");
        to.setLabel(getTranslation("reports.to"));
        useRange.addValueChangeListener(change -> showRange(change.getValue()));
        showRange(periods.isEmpty());
        useRange.setValue(periods.isEmpty());

        scopeKind.setId("report-scope-kind");
        scopeKind.setLabel(getTranslation("reports.scope-kind"));
        scopeKind.setItems(ScopeKind.values());
        scopeKind.setItemLabelGenerator(kind -> getTranslation("reports.scope-kind." + kind.name()));
        scopeKind.setValue(ScopeKind.ALL);
        scope.setId("report-scope");
        scope.setLabel(getTranslation("reports.scope"));
        scope.setItemLabelGenerator(choice -> choice.label().in(ui));
        scope.setVisible(false);
        scopeKind.addValueChangeListener(change -> chooseWithin(change.getValue()));

        language.setId("report-language");
        language.setLabel(getTranslation("reports.language"));
        language.setItems(ReportLanguage.values());
        language.setItemLabelGenerator(value -> getTranslation("reports.language." + value.name()));
        language.setValue(ReportLanguage.SIDE_BY_SIDE);

        internal.setId("report-audience");
        internal.setLabel(getTranslation("reports.audience"));
        internal.setItems(false, true);
        internal.setItemLabelGenerator(value -> value ? getTranslation("reports.audience.internal", partyCode)
                : getTranslation("reports.audience.bilateral"));
        internal.setValue(false);

        format.setId("report-format");
        format.setLabel(getTranslation("reports.format"));
        format.setItems(ReportFormat.values());
        format.setItemLabelGenerator(value -> getTranslation("reports.format." + value.name()));
        format.setValue(ReportFormat.PDF);

        add(period, useRange, from, to, scopeKind, scope, language, internal, format);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 3));
    }

    private void showRange(boolean range) {
        period.setVisible(!range);
        from.setVisible(range);
        to.setVisible(range);
    }

    private void chooseWithin(ScopeKind kind) {
        scope.clear();
        scope.setInvalid(false);
        scope.setVisible(kind != ScopeKind.ALL);
        scope.setItems(kind == ScopeKind.ALL ? List.of() : reports.scopeChoices(kind));
    }

    /** The request the fields describe, or empty with the message at the field that is missing or wrong. */
    Optional<ReportRequest> request() {
        clearErrors();
        boolean range = useRange.getValue();
        if (!range && period.getValue() == null) {
            return invalid(period, "reports.error.period");
        }
        if (range && from.getValue() == null) {
            return invalid(from, "reports.error.from");
        }
        if (range && to.getValue() == null) {
            return invalid(to, "reports.error.to");
        }
        if (range && to.getValue().isBefore(from.getValue())) {
            return invalid(to, "reports.error.range");
        }
        ScopeKind kind = scopeKind.getValue();
        if (kind != ScopeKind.ALL && scope.getValue() == null) {
            scope.setErrorMessage(getTranslation("reports.error.scope"));
            scope.setInvalid(true);
            return Optional.empty();
        }
        ReportScope chosen = kind == ScopeKind.ALL ? ReportScope.all() : new ReportScope(kind, scope.getValue().id());
        return Optional.of(new ReportRequest(range ? null : period.getValue().id(), range ? from.getValue() : null,
                range ? to.getValue() : null, chosen, language.getValue(), format.getValue(),
                internal.getValue() ? partyCode : null));
    }

    /** The chosen period's code, or null for a date range. */
    String periodCode() {
        return useRange.getValue() || period.getValue() == null ? null : period.getValue().code();
    }

    /** Shows a refusal of the service at its field. */
    void showError(String field, String messageKey) {
        String message = getTranslation(messageKey);
        switch (field) {
            case "from" -> markInvalid(from, message);
            case "to" -> markInvalid(to, message);
            case "scope" -> {
                scope.setErrorMessage(message);
                scope.setInvalid(true);
            }
            default -> markInvalid(period, message);
        }
    }

    private void clearErrors() {
        period.setInvalid(false);
        from.setInvalid(false);
        to.setInvalid(false);
        scope.setInvalid(false);
        internal.setInvalid(false);
    }

    private Optional<ReportRequest> invalid(HasValidation field, String key) {
        markInvalid(field, getTranslation(key));
        return Optional.empty();
    }

    private static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
