package org.accord.portal.ui.audit;

import static org.accord.portal.ui.LinkParameters.constant;
import static org.accord.portal.ui.LinkParameters.put;
import static org.accord.portal.ui.LinkParameters.single;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.audit.AuditFilter;
import org.accord.audit.AuditKind;
import org.accord.audit.AuditOutcome;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.TextLimits;

/**
 * The filters of the audit trail, kept in the page's link
 * ({@code ?who=pm.us&q=INI-7&from=2012-05-01&to=2012-05-31&outcome=DENIED&kind=SECURITY}). The days are the
 * reader's, in their time zone: {@code to} includes its whole day.
 */
class AuditFilterBar extends HorizontalLayout {

    final TextField who = new TextField();
    final TextField text = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<AuditOutcome> outcome = new Select<>();
    final Select<AuditKind> kind = new Select<>();

    private final ZoneId zone;
    private Runnable onChange = () -> { };
    private boolean showingLink;

    AuditFilterBar(ZoneId zone) {
        this.zone = zone;
        setId("audit-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        who.setId("audit-filter-who");
        who.setLabel(getTranslation("audit.filter.who"));
        text.setId("audit-filter-text");
        text.setLabel(getTranslation("audit.filter.text"));
        text.setPlaceholder(getTranslation("audit.filter.text-hint"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        for (TextField field : List.of(who, text)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            TextLimits.searchAtMost(field, 100);
        }
        from.setId("audit-filter-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-filter-to");
        to.setLabel(getTranslation("audit.filter.to"));
        for (DatePicker day : List.of(from, to)) {
            Dates.localize(day);
            day.setClearButtonVisible(true);
        }
        outcome.setId("audit-filter-outcome");
        outcome.setLabel(getTranslation("audit.outcome"));
        outcome.setItems(AuditOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setItemLabelGenerator(value -> value == null ? getTranslation("audit.filter.all") : AuditTexts.outcome(value));
        kind.setId("audit-filter-kind");
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setItems(AuditKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("audit.filter.both") : AuditTexts.kind(value));

        add(who, text, from, to, outcome, kind);
        for (HasValue<?, ?> filter : List.<HasValue<?, ?>>of(who, text, from, to, outcome, kind)) {
            filter.addValueChangeListener(event -> {
                if (!showingLink) {
                    onChange.run();
                }
            });
        }
    }

    /** Called once per change the user makes, never while a link is being read. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    AuditFilter filter() {
        return new AuditFilter(typed(who), typed(text), startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)), outcome.getValue(), kind.getValue());
    }

    /** The filter as query parameters, in a fixed order; empty filters are left out. */
    QueryParameters queryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "who", typed(who));
        put(parameters, "q", typed(text));
        put(parameters, "from", from.getValue());
        put(parameters, "to", to.getValue());
        put(parameters, "outcome", outcome.getValue());
        put(parameters, "kind", kind.getValue());
        return QueryParameters.simple(parameters);
    }

    /** Shows the filter a link asks for; a part that names nothing valid is left empty. */
    void show(QueryParameters link) {
        showingLink = true;
        try {
            who.setValue(single(link, "who").map(String::strip).map(AuditFilterBar::clip).orElse(""));
            text.setValue(single(link, "q").map(String::strip).map(AuditFilterBar::clip).orElse(""));
            from.setValue(day(link, "from").orElse(null));
            to.setValue(day(link, "to").orElse(null));
            outcome.setValue(constant(AuditOutcome.class, link, "outcome").orElse(null));
            kind.setValue(constant(AuditKind.class, link, "kind").orElse(null));
        } finally {
            showingLink = false;
        }
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static Optional<LocalDate> day(QueryParameters link, String name) {
        try {
            return single(link, name).map(value -> LocalDate.parse(value.strip()));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    private static String typed(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue().strip();
    }

    private static String clip(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100);
    }
}
