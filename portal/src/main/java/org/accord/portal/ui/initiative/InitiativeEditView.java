package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativeDraft;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.Directory;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.MainLayout;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/** A program manager creates an initiative ({@code initiatives/edit}) or edits one ({@code initiatives/edit/7}). */
@Route(value = "initiatives/edit", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "PROGRAM_MANAGER"})
public class InitiativeEditView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final InitiativeForm form;

    private final InitiativePortfolio portfolio;
    private final H1 heading = new H1();
    private Long initiativeId;

    public InitiativeEditView(InitiativePortfolio portfolio, Agreements agreements, ReferenceData referenceData,
                              Directory directory) {
        this.portfolio = portfolio;
        this.form = new InitiativeForm(agreements.commitments(), referenceData.parties(), referenceData.agencies(),
                directory);
        setId("initiative-edit-view");
        form.addSaveListener(event -> save(event.draft()));
        form.addCancelListener(event -> leave());
        add(heading, form);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        initiativeId = id;
        heading.setText(getTranslation(id == null ? "initiative.new.heading" : "initiative.edit.heading"));
        if (id == null) {
            form.setDraft(new InitiativeDraft());
            return;
        }
        try {
            form.setDraft(portfolio.edit(id));
        } catch (EditConflictException missing) {
            Notices.error(getTranslation("initiative.not-found"));
            event.forwardTo(InitiativesView.class);
        }
    }

    private void save(InitiativeDraft draft) {
        try {
            long id = portfolio.save(draft);
            Notices.success(getTranslation("initiative.saved", draft.getCode()));
            UI.getCurrent().navigate(InitiativeView.class, id);
        } catch (InvalidInputException refused) {
            String message = getTranslation(refused.messageKey());
            if (!form.showError(refused.field(), message)) {
                Notices.error(message);
            }
        } catch (EditConflictException conflict) {
            Notices.error(getTranslation("conflict.message"));
            form.setDraft(portfolio.edit(draft.getId()));
        } catch (AccessDeniedException denied) {
            Notices.error(getTranslation("initiative.not-allowed"));
        }
    }

    private void leave() {
        if (initiativeId == null) {
            UI.getCurrent().navigate(InitiativesView.class);
        } else {
            UI.getCurrent().navigate(InitiativeView.class, initiativeId);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(initiativeId == null ? "initiative.new.title" : "initiative.edit.title");
    }
}
