package org.accord.portal.ui.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.accord.notification.OutboxMail;
import org.accord.portal.ui.Dates;

/** One e-mail of the outbox as its recipient reads it: the plain-text body, untouched. */
class OutboxMailDialog extends Dialog {

    final Pre body = new Pre();

    OutboxMailDialog(OutboxMail mail) {
        setId("outbox-mail");
        setHeaderTitle(mail.subject());
        setWidth("48rem");
        var to = new Span(getTranslation("outbox.mail.to", mail.toAddress(), mail.language(),
                Dates.dateTime(mail.createdAt()), OutboxView.statusText(mail.status())));
        to.addClassNames("text-secondary", "text-s");
        body.setText(mail.body());
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("margin", "0");
        var content = new VerticalLayout(to, body);
        content.setPadding(false);
        add(content);
        if (mail.lastError() != null) {
            var error = new Span(getTranslation("outbox.mail.error", mail.lastError()));
            error.addClassNames("text-error", "text-s");
            content.add(error);
        }
        var close = new Button(getTranslation("outbox.mail.close"), click -> close());
        close.setId("outbox-mail-close");
        getFooter().add(close);
    }
}
