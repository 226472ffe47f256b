package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.accord.agreement.AgreementDetail;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.SignatoryView;
import org.accord.people.Language;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.Texts;

/** Who signed what, when and where: the top of the agreement page, with the edit button for those who may. */
class AgreementHeader extends VerticalLayout {

    final H1 title = new H1();
    final Span status = new Span();
    final Span facts = new Span();
    final Div signatories = new Div();
    final Paragraph summary = new Paragraph();
    final Anchor link = new Anchor();
    final Button edit = new Button();

    AgreementHeader(boolean mayEdit) {
        setId("agreement-header");
        setPadding(false);
        status.setId("agreement-status");
        facts.setId("agreement-facts");
        signatories.setId("agreement-signatories");
        signatories.addClassName("accord-signatories");
        summary.setId("agreement-summary");
        summary.getStyle().set("white-space", "pre-line");
        link.setId("agreement-link");
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        edit.setText(getTranslation("agreement.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("agreement-edit");
        edit.setVisible(mayEdit);
        var titleLine = new HorizontalLayout(title, status, edit);
        titleLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        titleLine.setWidthFull();
        titleLine.setFlexGrow(1, title);
        add(titleLine, facts, signatories, summary, link);
    }

    void show(AgreementDetail detail) {
        Language language = Texts.currentLanguage();
        title.setText(detail.code() + " · " + detail.title(language));
        status.setText(AgreementTexts.status(detail.status()));
        status.getElement().setAttribute("theme",
                detail.status() == AgreementStatus.IN_FORCE ? "badge success" : "badge contrast");
        facts.setText(getTranslation("agreement.facts", AgreementTexts.kind(detail.kind()),
                detail.signedOn() == null ? "—" : Dates.date(detail.signedOn()),
                detail.signedPlace() == null ? "—" : detail.signedPlace()));
        signatories.removeAll();
        detail.signatories().stream()
                .collect(Collectors.groupingBy(SignatoryView::partyCode, LinkedHashMap::new, Collectors.toList()))
                .forEach((party, signed) -> signatories.add(partyLine(party, signed)));
        String text = detail.summary(language);
        summary.setText(text == null ? getTranslation("agreement.summary.none") : text);
        link.setVisible(detail.link() != null);
        if (detail.link() != null) {
            link.setHref(detail.link());
            link.setText(detail.link());
        }
    }

    private Div partyLine(String party, List<SignatoryView> signed) {
        var line = new Div(new Span(party), new Span(signed.stream().map(AgreementHeader::describe)
                .collect(Collectors.joining("; "))));
        line.getElement().setAttribute("data-party", party);
        line.addClassName("accord-party-line");
        return line;
    }

    private static String describe(SignatoryView signatory) {
        return signatory.personName() + (signatory.personTitle() == null ? "" : ", " + signatory.personTitle())
                + (signatory.agencyCode() == null ? "" : " (" + signatory.agencyCode() + ")");
    }
}
