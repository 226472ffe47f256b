package org.accord.portal.ui.worklist;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.milestone.MilestonesView;
import org.accord.worklist.LeadWorklist;
import org.accord.worklist.LedInitiative;
import org.accord.worklist.Worklist;
import org.accord.worklist.Worklist.Capped;

/**
 * An oversight lead's worklist ({@code worklist}, issue 11): the initiatives they lead with health and next
 * milestone, milestones due in the next 30 days, progress updates to write or returned, and overdue tasks they
 * handed out. Read when the page is entered, so nothing moves while it is read.
 */
@Route(value = "worklist", layout = MainLayout.class)
@RolesAllowed("OVERSIGHT_LEAD")
public class WorklistView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final WorklistSection initiatives = new WorklistSection("initiatives");
    final WorklistSection milestones = new WorklistSection("milestones");
    final WorklistSection updates = new WorklistSection("updates");
    final WorklistSection tasks = new WorklistSection("tasks");

    private final LeadWorklist worklist;

    public WorklistView(LeadWorklist worklist) {
        this.worklist = worklist;
        setId("worklist-view");
        addClassName("accord-worklist");
        add(new H1(getTranslation("worklist.heading")), initiatives, milestones, updates, tasks);
    }

    /** Read afresh at every visit: the view may be reused when the lead comes back to it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Worklist mine = worklist.mine();
        var rows = new WorklistRows(mine.today());
        initiatives.show(mine.initiatives().stream().map(rows::initiative).toList(), mine.initiatives().size(), null);
        milestones.show(items(mine.dueMilestones(), rows::milestone), mine.dueMilestones().total(), allDue(mine));
        updates.show(items(mine.updatesToWrite(), rows::update), mine.updatesToWrite().total(), null);
        tasks.show(items(mine.overdueTasks(), rows::task), mine.overdueTasks().total(), null);
    }

    private static <T> List<ListItem> items(Capped<T> capped, Function<T, ListItem> item) {
        return capped.rows().stream().map(item).toList();
    }

    /**
     * The milestones list narrowed to the same rows: open milestones of the initiatives the lead leads (cancelled ones
     * are not among them), expected within the same window.
     */
    private static RouterLink allDue(Worklist mine) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("due", List.of(String.valueOf(LeadWorklist.DUE_WITHIN_DAYS)));
        filters.put("initiative", mine.initiatives().stream().map(LedInitiative::id).map(String::valueOf).toList());
        var link = new RouterLink();
        link.setRoute(MilestonesView.class);
        link.setQueryParameters(new QueryParameters(filters));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("worklist.title");
    }
}
