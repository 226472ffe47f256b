package org.accord.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.function.Supplier;

/**
 * A list's filters kept in its link, so that the page can be bookmarked and shared: the address is rewritten
 * (without a new history entry) whenever the filters change, and corrected on entering when the link asked for
 * values no filter could take.
 */
public final class FilterLink {

    private final Class<? extends Component> view;
    private final Supplier<QueryParameters> filters;
    private String shareable = "";

    public FilterLink(Class<? extends Component> view, Supplier<QueryParameters> filters) {
        this.view = view;
        this.filters = filters;
    }

    /** Call once the filters show what {@code asked} holds. */
    public void entered(Location asked) {
        Location location = location();
        shareable = location.getPathWithQueryParameters();
        if (!shareable.equals(asked.getPathWithQueryParameters())) {
            UI.getCurrent().getPage().getHistory().replaceState(null, location);
        }
    }

    public void filtersChanged() {
        Location location = location();
        shareable = location.getPathWithQueryParameters();
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
    }

    /** Where the page is, filters included. */
    public String shareable() {
        return shareable;
    }

    private Location location() {
        return new Location(RouteConfiguration.forSessionScope().getUrl(view), filters.get());
    }
}
