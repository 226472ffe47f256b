package org.accord.portal.ui.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.accord.report.Figure;

/** How the dashboard writes its numbers and their changes, in the viewer's language. */
final class DashboardTexts {

    private DashboardTexts() {
    }

    static String number(Integer value) {
        return value == null ? "—" : String.format(locale(), "%,d", value);
    }

    static String percent(Double rate) {
        return rate == null ? "—" : String.format(locale(), "%.0f %%", rate * 100);
    }

    /** "▲ 3", "▼ 1" or "=" since the previous period, said in words for screen readers; nothing without one. */
    static Span change(Figure figure, String previousCode) {
        return change(figure.change() == null ? null : (double) figure.change(), previousCode, "dashboard.change");
    }

    /** The change of a rate, in percentage points. */
    static Span rateChange(Double now, Double before, String previousCode) {
        return change(now == null || before == null ? null : Math.round((now - before) * 100) * 1.0, previousCode,
                "dashboard.change.points");
    }

    private static Span change(Double change, String previousCode, String key) {
        var span = new Span();
        span.addClassName("accord-change");
        if (change == null || previousCode == null) {
            return span;
        }
        long amount = Math.round(change);
        String mark = amount > 0 ? "▲ " + number((int) amount) : amount < 0 ? "▼ " + number((int) -amount) : "=";
        String said = span.getTranslation(amount > 0 ? key + ".up" : amount < 0 ? key + ".down" : "dashboard.change.same",
                Math.abs(amount), previousCode);
        var shown = new Span(mark);
        shown.getElement().setAttribute("aria-hidden", "true");
        var spoken = new Span(said);
        spoken.addClassName("accord-sr-only");
        span.add(shown, spoken);
        span.getElement().setAttribute("title", said);
        span.getElement().setAttribute("data-change", String.valueOf(amount));
        span.addClassName(amount > 0 ? "accord-change-up" : amount < 0 ? "accord-change-down" : "accord-change-same");
        return span;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
