package org.accord.portal.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.accord.calendar.CalendarFeeds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Scope;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The account page's calendar section: create, replace or revoke my secret calendar link. The full link is
 * shown once, right after it is made; afterwards only its existence is known.
 */
@SpringComponent
@Scope("prototype")
public class CalendarFeedPanel extends VerticalLayout {

    final Paragraph status = new Paragraph();
    final TextField link = new TextField();
    final Paragraph warning = new Paragraph();
    final Button create = new Button();
    final Button replace = new Button();
    final Button revoke = new Button();

    private final CalendarFeeds feeds;
    private final String configuredBaseUrl;

    CalendarFeedPanel(CalendarFeeds feeds, @Value("${accord.portal.base-url:http://localhost:8080}") String baseUrl) {
        this.feeds = feeds;
        this.configuredBaseUrl = baseUrl;
        setId("calendar-feed");
        setPadding(false);
        link.setId("calendar-feed-link");
        link.setLabel(getTranslation("calendar.link"));
        link.setHelperText(getTranslation("calendar.link.copy"));
        link.setReadOnly(true);
        link.setWidthFull();
        warning.setText(getTranslation("calendar.link.once"));
        create.setId("calendar-feed-create");
        create.setText(getTranslation("calendar.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> showNewLink());
        replace.setId("calendar-feed-replace");
        replace.setText(getTranslation("calendar.replace"));
        replace.addClickListener(click -> confirm("calendar.replace.title", "calendar.replace.message",
                "calendar.replace", this::showNewLink));
        revoke.setId("calendar-feed-revoke");
        revoke.setText(getTranslation("calendar.revoke"));
        revoke.addThemeVariants(ButtonVariant.ERROR);
        revoke.addClickListener(click -> confirm("calendar.revoke.title", "calendar.revoke.message",
                "calendar.revoke", this::revokeLink));
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.explanation")), status,
                link, warning, new HorizontalLayout(create, replace, revoke));
        show(feeds.hasFeed(), null);
    }

    private void showNewLink() {
        show(true, feedUrl(feeds.create()));
    }

    private void revokeLink() {
        feeds.revoke();
        show(false, null);
    }

    private void show(boolean hasFeed, String newUrl) {
        status.setText(getTranslation(hasFeed ? "calendar.status.active" : "calendar.status.none"));
        link.setValue(newUrl == null ? "" : newUrl);
        link.setVisible(newUrl != null);
        warning.setVisible(newUrl != null);
        create.setVisible(!hasFeed);
        replace.setVisible(hasFeed);
        revoke.setVisible(hasFeed);
    }

    private void confirm(String titleKey, String messageKey, String actionKey, Runnable action) {
        var dialog = new ConfirmDialog(getTranslation(titleKey), getTranslation(messageKey), getTranslation(actionKey),
                event -> action.run(), getTranslation("action.cancel"), event -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** The address people reached the portal by, so the link works from where they are; else the configured one. */
    private String feedUrl(String token) {
        var request = VaadinServletRequest.getCurrent();
        String base = request == null ? configuredBaseUrl
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/calendar/" + token + ".ics";
    }
}
