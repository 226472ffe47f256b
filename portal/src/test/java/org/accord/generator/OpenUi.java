package org.accord.generator;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.SessionObjects;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataCommunicator;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.internal.nodefeature.ComponentMapping;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.accord.shared.BulkReads;

/**
 * A UI in a Vaadin session of its own, opened the way browserless opens a test's UI, so that a benchmark can hold
 * many at once. It is driven as a browser would: a navigation is a request whose changes are written as the UIDL
 * JSON a browser receives; then each grid on the page asks for its first page of rows, and confirms what it got.
 * Each request reads the signed-in person and the reference data once, as the portal's {@code RequestReads} filter
 * has it.
 */
final class OpenUi {

    private static final Field NEXT_UPDATE_ID = nextUpdateId();

    private final VaadinSession session;
    private final VaadinRequest request;
    private final VaadinResponse response;
    private final UI ui;
    private final UidlWriter uidl = new UidlWriter();

    private OpenUi(SessionObjects objects, UI ui) {
        this.session = objects.getSession();
        this.request = objects.getRequest();
        this.response = objects.getResponse();
        this.ui = ui;
    }

    /** Opens a new session and its UI as the signed-in user of this thread, and makes it the current one. */
    static OpenUi open() {
        var service = (VaadinServletService) VaadinService.getCurrent();
        SessionObjects objects = MockVaadin.createSessionObjects(service);
        CurrentInstance.set(VaadinRequest.class, objects.getRequest());
        CurrentInstance.set(VaadinResponse.class, objects.getResponse());
        VaadinSession.setCurrent(objects.getSession());
        MockVaadin.fireSessionInit(service, objects.getSession(), objects.getRequest());
        MockVaadin.createUI(MockedUI::new, objects.getSession());
        var opened = new OpenUi(objects, UI.getCurrent());
        opened.respond();
        return opened;
    }

    /** Makes this UI, its session and request the thread's current ones, as a request to it would. */
    void enter() {
        CurrentInstance.set(VaadinRequest.class, request);
        CurrentInstance.set(VaadinResponse.class, response);
        CurrentInstance.setCurrent(ui);
    }

    /**
     * Follows a link to {@code location} ("initiatives", "initiatives/7"), then lets each grid on the new page fetch
     * its first page, as the browser does on the next request. Returns the bytes of JSON both responses carried.
     */
    int navigate(String location) {
        return BulkReads.duringRequest(() -> {
            enter();
            ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.ROUTER_LINK);
            return respond();
        }) + fetchPage(0);
    }

    /** Scrolls every grid on the page to its page {@code page} (0 is the first), in one request. */
    int fetchPage(int page) {
        return BulkReads.duringRequest(() -> fetchPageInRequest(page));
    }

    private int fetchPageInRequest(int page) {
        enter();
        List<Grid<?>> grids = grids();
        for (Grid<?> grid : grids) {
            confirmUpdates(grid.getDataCommunicator());
            if (grid.getDataCommunicator().getItemCount() > page * grid.getPageSize()) {
                grid.getDataCommunicator().setViewportRange(page * grid.getPageSize(), grid.getPageSize());
            }
        }
        return grids.isEmpty() ? 0 : respond();
    }

    /** The browser's acknowledgement of the rows it received: the server may forget the keys it no longer shows. */
    void acknowledge() {
        enter();
        grids().forEach(grid -> confirmUpdates(grid.getDataCommunicator()));
        respond();
    }

    Component view() {
        return (Component) ui.getCurrentView();
    }

    int stateNodes() {
        int[] nodes = {0};
        ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
        return nodes[0];
    }

    /** The state nodes by the component each belongs to ("Span", "Grid"...), or by element tag when none. */
    Map<String, Long> stateNodesByComponent() {
        Map<String, Long> nodes = new TreeMap<>();
        ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes.merge(node.hasFeature(
                ComponentMapping.class) ? node.getFeature(ComponentMapping.class).getComponent()
                .map(component -> component.getClass().getSimpleName()).orElse("(element)") : "(other)", 1L,
                Long::sum));
        return nodes;
    }

    void close() {
        enter();
        MockVaadin.fireSessionDestroyAndDrain(session);
    }

    /** Runs what was queued for the session, then writes the changes as the response to the browser would. */
    private int respond() {
        MockVaadin.runUIQueue(false, session);
        return uidl.createUidl(ui, false).toString().length();
    }

    private List<Grid<?>> grids() {
        return descendants(view()).filter(Grid.class::isInstance).<Grid<?>>map(Grid.class::cast)
                .filter(Component::isAttached).filter(Component::isVisible).toList();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(OpenUi::descendants));
    }

    /** The browser confirms every update of a grid's rows it has applied; the last one stands for all before it. */
    private static void confirmUpdates(DataCommunicator<?> communicator) {
        try {
            int next = NEXT_UPDATE_ID.getInt(communicator);
            for (int update = 0; update < next; update++) {
                communicator.confirmUpdate(update);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field nextUpdateId() {
        try {
            Field field = DataCommunicator.class.getDeclaredField("nextUpdateId");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Vaadin's DataCommunicator changed: no nextUpdateId", e);
        }
    }
}
