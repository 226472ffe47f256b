package org.accord.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.accord.portal.config.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of Vaadin's error page (and its stack trace) when opening a page fails: the database message
 * when the database could not be reached, else a plain apology; the details go to the log. No main layout: it
 * reads the database too.
 */
@AnonymousAllowed
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    private String titleKey = "error.view.unexpected-title";

    public InternalErrorView() {
        setId("internal-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        boolean database = DatabaseOutage.isCause(failure);
        String page = "/" + event.getLocation().getPathWithQueryParameters();
        if (database) {
            log.warn("Database unavailable opening {}: {}", page, failure.getMessage());
        } else {
            log.error("Unexpected error opening {}", page, failure);
        }
        removeAll();
        titleKey = database ? "error.view.database-title" : "error.view.unexpected-title";
        add(new H1(getTranslation(titleKey)),
                new Paragraph(getTranslation(database ? "error.database" : "error.unexpected")),
                new Anchor("", getTranslation("denied.home")));
        return database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.view.page-title", getTranslation(titleKey));
    }
}
