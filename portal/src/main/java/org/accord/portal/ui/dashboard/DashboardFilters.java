package org.accord.portal.ui.dashboard;

import static org.accord.portal.ui.LinkParameters.number;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.accord.people.Language;
import org.accord.portal.ui.Texts;
import org.accord.report.DashboardPeriod;
import org.accord.report.DashboardScope;
import org.accord.report.ScopeKind;

/**
 * The dashboard's period (the open one unless the link names another) and scope (all, an agreement or a
 * commitment), read from and written to the link as {@code period}, {@code agreement} and {@code commitment} ids.
 */
final class DashboardFilters extends HorizontalLayout {

    final Select<DashboardPeriod> period = new Select<>();
    final ComboBox<DashboardScope> scope = new ComboBox<>();
    private final List<DashboardScope> scopes = new ArrayList<>();
    private final Runnable onChange;
    private boolean showing;

    DashboardFilters(Runnable onChange) {
        this.onChange = onChange;
        setId("dashboard-filters");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        period.setId("dashboard-period");
        period.setLabel(getTranslation("dashboard.period"));
        period.setItemLabelGenerator(p -> p.open() ? getTranslation("dashboard.period.open", p.code()) : p.code());
        period.addValueChangeListener(change -> changed());
        scope.setId("dashboard-scope");
        scope.setLabel(getTranslation("dashboard.scope"));
        scope.setItemLabelGenerator(this::label);
        scope.setAllowCustomValue(false);
        scope.setWidth("28em");
        scope.addValueChangeListener(change -> {
            if (change.getValue() == null && !showing) {
                scope.setValue(DashboardScope.ALL);
                return;
            }
            changed();
        });
        add(period, scope);
    }

    DashboardPeriod period() {
        return period.getValue();
    }

    DashboardScope scope() {
        return scope.getValue() == null ? DashboardScope.ALL : scope.getValue();
    }

    QueryParameters queryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (period.getValue() != null) {
            parameters.put("period", String.valueOf(period.getValue().id()));
        }
        DashboardScope chosen = scope();
        if (chosen.kind() == ScopeKind.AGREEMENT) {
            parameters.put("agreement", String.valueOf(chosen.id()));
        } else if (chosen.kind() == ScopeKind.COMMITMENT) {
            parameters.put("commitment", String.valueOf(chosen.id()));
        }
        return QueryParameters.simple(parameters);
    }

    /**
     * Offers the periods and scopes there are now and shows what the link asks for; a period or scope it cannot
     * mean gives the default.
     */
    void show(QueryParameters link, List<DashboardPeriod> periods, List<DashboardScope> offered,
              Function<List<DashboardPeriod>, Optional<DashboardPeriod>> defaultPeriod) {
        showing = true;
        try {
            period.setItems(periods);
            scopes.clear();
            scopes.add(DashboardScope.ALL);
            scopes.addAll(offered);
            scope.setItems(scopes);
            period.setValue(number(link, "period").flatMap(id -> periods.stream().filter(p -> p.id() == id).findFirst())
                    .or(() -> defaultPeriod.apply(periods)).orElse(null));
            Optional<DashboardScope> commitment = number(link, "commitment").flatMap(id -> find(ScopeKind.COMMITMENT, id));
            scope.setValue(commitment.or(() -> number(link, "agreement").flatMap(id -> find(ScopeKind.AGREEMENT, id)))
                    .orElse(DashboardScope.ALL));
        } finally {
            showing = false;
        }
    }

    private Optional<DashboardScope> find(ScopeKind kind, long id) {
        return scopes.stream().filter(s -> s.kind() == kind && s.id() != null && s.id() == id).findFirst();
    }

    private String label(DashboardScope chosen) {
        if (chosen.kind() == ScopeKind.ALL) {
            return getTranslation("dashboard.scope.all");
        }
        String text = Texts.currentLanguage() == Language.ES ? chosen.label().es() : chosen.label().en();
        return chosen.kind() == ScopeKind.COMMITMENT ? "   " + text : text;
    }

    private void changed() {
        if (!showing) {
            onChange.run();
        }
    }
}
