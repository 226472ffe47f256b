package org.accord.portal.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.initiative.Health;
import org.accord.milestone.OwnerSide;
import org.accord.portal.ui.initiative.InitiativesView;
import org.accord.portal.ui.milestone.MilestonesView;
import org.accord.portal.ui.task.TeamTasksView;
import org.accord.report.DashboardScope;
import org.accord.report.ScopeKind;

/**
 * Each dashboard number as a link to the list it counts, narrowed by the link parameters that list reads, so that
 * the number and the list's rows agree. A number that no list can show as it is (a closed period's snapshot, or a
 * list the viewer may not open) is plain text.
 */
final class DashboardLinks {

    private final DashboardScope scope;
    private final boolean live;
    private final boolean mayOpenTeamTasks;

    DashboardLinks(DashboardScope scope, boolean live, boolean mayOpenTeamTasks) {
        this.scope = scope;
        this.live = live;
        this.mayOpenTeamTasks = mayOpenTeamTasks;
    }

    Component initiatives(String text, Health health) {
        Map<String, String> link = new LinkedHashMap<>();
        if (scope.kind() != ScopeKind.ALL) {
            link.put("agreement", String.valueOf(scope.agreementId()));
        }
        if (scope.kind() == ScopeKind.COMMITMENT) {
            link.put("commitment", String.valueOf(scope.id()));
        }
        link.put("status", "ACTIVE");
        link.put("health", health.name());
        return live ? link(text, InitiativesView.class, link) : plain(text);
    }

    Component milestones(String text, OwnerSide side, String condition) {
        Map<String, String> link = new LinkedHashMap<>();
        link.put(condition, "true");
        link.put("side", side.name());
        if (scope.kind() != ScopeKind.ALL) {
            link.put("agreement", scope.agreementCode());
        }
        if (scope.kind() == ScopeKind.COMMITMENT) {
            link.put("commitment", String.valueOf(scope.id()));
        }
        return live ? link(text, MilestonesView.class, link) : plain(text);
    }

    Component overdueTasks(String text, String partyCode, String agencyCode) {
        Map<String, String> link = new LinkedHashMap<>();
        link.put("party", partyCode);
        if (agencyCode != null) {
            link.put("agency", agencyCode);
        }
        if (scope.kind() != ScopeKind.ALL) {
            link.put("agreement", String.valueOf(scope.agreementId()));
        }
        if (scope.kind() == ScopeKind.COMMITMENT) {
            link.put("commitment", String.valueOf(scope.id()));
        }
        link.put("overdue", "true");
        return live && mayOpenTeamTasks ? link(text, TeamTasksView.class, link) : plain(text);
    }

    private static Component link(String text, Class<? extends Component> list, Map<String, String> parameters) {
        var link = new RouterLink(text, list);
        link.setQueryParameters(QueryParameters.simple(parameters));
        link.addClassName("accord-figure");
        link.getElement().setAttribute("data-list", link.getHref());
        return link;
    }

    private static Component plain(String text) {
        var value = new Span(text);
        value.addClassName("accord-figure");
        return value;
    }
}
