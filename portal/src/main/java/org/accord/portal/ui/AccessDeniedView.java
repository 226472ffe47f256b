package org.accord.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.audit.AuditOutcome;
import org.springframework.security.core.context.SecurityContextHolder;

/** Shown when a signed-in user opens a page their roles do not allow; the attempt is audited. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final AuditLog audit;

    public AccessDeniedView(AuditLog audit) {
        this.audit = audit;
        setId("access-denied");
        add(new H1(getTranslation("denied.title")), new Paragraph(getTranslation("denied.message")),
                new Anchor("", getTranslation("denied.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null ? null : authentication.getName();
        audit.record(new AuditEntry(actor, AuditAction.ACCESS_DENIED, "/" + event.getLocation().getPath(),
                AuditOutcome.DENIED, "view"));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("denied.page-title");
    }
}
