package org.accord.portal.ui.notification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.accord.notification.MailStatus;
import org.accord.notification.Outbox;
import org.accord.notification.OutboxMail;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.MainLayout;

/**
 * Administration → Outbox: every e-mail to people of the administrator's party the portal sent, is about to send
 * or holds, filtered by the page's link.
 */
@Route(value = "admin/outbox", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String STATUS_PARAMETER = "status";

    final Div smtpBanner = new Div();
    final Select<MailStatus> status = new Select<>();
    final Grid<OutboxMail> grid = new Grid<>();
    final Button sendHeld = new Button();
    final Paragraph partyNote = new Paragraph();

    private final Outbox outbox;
    private boolean showingLink;

    public OutboxView(Outbox outbox) {
        this.outbox = outbox;
        setId("outbox-view");
        setSizeFull();
        showSmtp(outbox.smtpConfigured());
        status.setId("outbox-status");
        status.setLabel(getTranslation("outbox.status"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("outbox.status.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("outbox.status.all") : statusText(value));
        status.addValueChangeListener(event -> {
            if (!showingLink) {
                UI.getCurrent().getPage().getHistory().replaceState(null, location());
                grid.getDataProvider().refreshAll();
            }
        });
        configureGrid();
        sendHeld.setId("outbox-send-held");
        sendHeld.setText(getTranslation("outbox.send-held"));
        sendHeld.addClickListener(click -> sendHeld());
        showSendHeld();
        var filters = new HorizontalLayout(status, sendHeld);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        partyNote.setId("outbox-party");
        partyNote.setText(getTranslation("outbox.party"));
        add(new H1(getTranslation("outbox.title")), partyNote, smtpBanner, filters, grid);
        setFlexGrow(1, grid);
    }

    /** Once an SMTP server is configured, the e-mails held before go out with the next dispatch. */
    private void sendHeld() {
        int released = outbox.releaseHeld();
        Notification.show(getTranslation("outbox.send-held.done", released), 4000, Notification.Position.BOTTOM_START);
        grid.getDataProvider().refreshAll();
        showSendHeld();
    }

    private void showSendHeld() {
        sendHeld.setVisible(outbox.smtpConfigured() && outbox.count(MailStatus.HELD) > 0);
    }

    private void showSmtp(boolean configured) {
        smtpBanner.setId("outbox-smtp");
        smtpBanner.add(configured ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.INFO_CIRCLE.create());
        smtpBanner.add(getTranslation(configured ? "outbox.smtp.configured" : "outbox.smtp.missing"));
        smtpBanner.getElement().setAttribute("data-smtp", String.valueOf(configured));
        smtpBanner.getElement().setAttribute("role", "status");
        smtpBanner.getStyle().set("display", "flex").set("gap", "0.5rem").set("align-items", "center")
                .set("padding", "0.5rem 0.75rem").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", configured ? "var(--lumo-success-color-10pct)" : "var(--lumo-warning-color-10pct)");
    }

    private void configureGrid() {
        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.addColumn(mail -> Dates.dateTime(mail.createdAt())).setKey("created")
                .setHeader(getTranslation("outbox.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMail::toAddress).setKey("to").setHeader(getTranslation("outbox.to")).setWidth("16rem")
                .setFlexGrow(0);
        grid.addColumn(OutboxMail::language).setKey("language").setHeader(getTranslation("outbox.language"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(mail -> kindText(mail.kind())).setKey("kind").setHeader(getTranslation("outbox.kind")).setAutoWidth(true);
        grid.addColumn(OutboxMail::subject).setKey("subject").setHeader(getTranslation("outbox.subject"))
                .setWidth("20rem").setFlexGrow(3);
        grid.addColumn(mail -> statusText(mail.status())).setKey("status").setHeader(getTranslation("outbox.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMail::attempts).setKey("attempts").setHeader(getTranslation("outbox.attempts"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMail::lastError).setKey("lastError").setHeader(getTranslation("outbox.last-error"))
                .setWidth("12rem").setFlexGrow(1);
        grid.setItems(query -> outbox.page(status.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> outbox.count(status.getValue()));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                new OutboxMailDialog(event.getValue()).open();
                grid.asSingleSelect().clear();
            }
        });
    }

    static String statusText(MailStatus status) {
        return UI.getCurrent().getTranslation("outbox.status." + status.name());
    }

    /** The kinds are the notification kinds and the daily digest; one the portal has no words for shows as stored. */
    private String kindText(String kind) {
        String text = getTranslation("outbox.kind." + kind);
        return text.startsWith("!") ? kind : text;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(STATUS_PARAMETER, List.of());
        showingLink = true;
        status.setValue(asked.size() != 1 ? null : Arrays.stream(MailStatus.values())
                .filter(value -> value.name().equalsIgnoreCase(asked.get(0))).findFirst().orElse(null));
        showingLink = false;
        if (!location().getPathWithQueryParameters().equals(event.getLocation().getPathWithQueryParameters())) {
            UI.getCurrent().getPage().getHistory().replaceState(null, location());
        }
        grid.getDataProvider().refreshAll();
    }

    private Location location() {
        QueryParameters parameters = status.getValue() == null ? QueryParameters.empty()
                : new QueryParameters(Map.of(STATUS_PARAMETER, List.of(status.getValue().name().toLowerCase())));
        return new Location(RouteConfiguration.forSessionScope().getUrl(OutboxView.class), parameters);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
