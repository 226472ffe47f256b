package org.accord.portal.ui.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The task screens on the real database: an initiative led by bersin (US) and lead.mx, with its own tasks. */
abstract class TaskUiTest extends PortalBrowserlessTest {

    @Autowired
    Tasks tasks;
    @Autowired
    MilestonePlan plan;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    SignedIn signedIn;
    AssignedTasks stories;

    /** Opens a view with one query parameter, as a link such as {@code my-tasks?show=closed} does. */
    <T extends Component> T navigate(Class<T> view, String parameter, String value) {
        UI.getCurrent().navigate(view, QueryParameters.of(parameter, value));
        roundTrip();
        return view.cast(getCurrentView());
    }

    /** A component by id, shown or not. */
    static Component byId(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return root;
        }
        return root.getChildren().map(child -> byId(child, id)).filter(found -> found != null).findFirst()
                .orElse(null);
    }

    @BeforeEach
    void initiativeLedByBersinAndLeadMx() {
        signedIn = new SignedIn(users);
        stories = new AssignedTasks(new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc),
                tasks, signedIn, jdbc);
    }
}
