package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.accord.agreement.AgreementDetail;
import org.accord.agreement.Agreements;
import org.accord.agreement.CommitmentDraft;
import org.accord.agreement.CommitmentRef;
import org.accord.agreement.DocumentInfo;
import org.accord.people.Directory;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.MainLayout;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;

/** One agreement: what was signed, its text, commitments and their coverage, governance body and history. */
@Route(value = "agreements/:id([0-9]{1,18})", layout = MainLayout.class)
@PermitAll
public class AgreementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final AgreementHeader header;
    final SignedTextPanel text;
    final CommitmentsPanel commitments;
    final GovernancePanel governance;
    final HistoryPanel history = new HistoryPanel();
    /** Shown only to those who may read the agreement's history (DESIGN.md §4). */
    final Section historySection;
    final Section initiativesSlot = new Section();

    private final Agreements agreements;
    private final ReferenceData referenceData;
    private final Directory directory;
    private final ObjectProvider<CommitmentCoverage> coverage;
    private final ObjectProvider<AgreementInitiatives> initiatives;
    private long id;
    private AgreementDetail detail;

    public AgreementView(Agreements agreements, ReferenceData referenceData, Directory directory,
                         AuthenticationContext authentication, ObjectProvider<CommitmentCoverage> coverage,
                         ObjectProvider<AgreementInitiatives> initiatives) {
        this.agreements = agreements;
        this.referenceData = referenceData;
        this.directory = directory;
        this.coverage = coverage;
        this.initiatives = initiatives;
        boolean mayEdit = authentication.hasAnyRole("ADMIN", "PROGRAM_MANAGER");
        setId("agreement-view");
        header = new AgreementHeader(mayEdit);
        header.edit.addClickListener(click -> editAgreement());
        text = new SignedTextPanel(mayEdit, () -> agreements.text(id), this::attachText);
        commitments = new CommitmentsPanel(mayEdit, this::editCommitment);
        governance = new GovernancePanel(mayEdit, this::editGovernance);
        initiativesSlot.setId("agreement-initiatives");
        historySection = section("agreement.section.history", history);
        historySection.setVisible(agreements.mayReadHistory());
        add(header, text, section("agreement.section.commitments", commitments), initiativesSlot,
                section("agreement.section.governance", governance), historySection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            reload();
        } catch (EditConflictException missing) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        initiativesSlot.removeAll();
        initiatives.ifAvailable(provider -> initiativesSlot.add(provider.of(id)));
        initiativesSlot.setVisible(initiativesSlot.getComponentCount() > 0);
    }

    private void reload() {
        detail = agreements.detail(id);
        header.show(detail);
        text.show(detail.text());
        CommitmentCoverage counter = coverage.getIfAvailable();
        commitments.show(detail.commitments(), counter == null ? null : counter.initiativesPerCommitment(id));
        governance.show(detail.governance());
        if (historySection.isVisible()) {
            history.show(agreements.history(id));
        }
    }

    private void editAgreement() {
        new EditDialog<>(getTranslation("agreement.edit.title", detail.code()),
                new AgreementForm(referenceData.parties(), referenceData.agencies()), agreements.edit(id),
                agreements::save, () -> agreements.edit(id), this::reload).open();
    }

    private void editCommitment(CommitmentRef commitment) {
        CommitmentDraft draft = commitment == null ? nextCommitment() : agreements.editCommitment(commitment.id());
        new EditDialog<>(getTranslation(commitment == null ? "commitment.new" : "commitment.edit", draft.getNumber()),
                new CommitmentForm(), draft, saved -> agreements.saveCommitment(id, saved),
                () -> commitment == null ? nextCommitment() : agreements.editCommitment(commitment.id()),
                this::reload).open();
    }

    private CommitmentDraft nextCommitment() {
        var draft = new CommitmentDraft();
        draft.setNumber(detail.commitments().stream().mapToInt(CommitmentRef::number).max().orElse(0) + 1);
        return draft;
    }

    private void editGovernance() {
        new EditDialog<>(getTranslation("governance.edit"),
                new GovernanceForm(directory, referenceData.parties()), agreements.editGovernance(id),
                draft -> agreements.saveGovernance(id, draft), () -> agreements.editGovernance(id), this::reload).open();
    }

    private void attachText(String filename, byte[] content) {
        try {
            agreements.attachText(id, detail.text().map(DocumentInfo::version).orElse(null), filename, content);
            text.accepted();
            Notification.show(getTranslation("agreement.text.saved"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            reload();
        } catch (InvalidInputException refused) {
            text.showError(getTranslation(refused.messageKey()));
        } catch (EditConflictException replacedMeanwhile) {
            reload();
            text.showError(getTranslation("conflict.message"));
        }
    }

    private Section section(String titleKey, Component content) {
        var section = new Section(new H2(getTranslation(titleKey)), content);
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreement.page-title", detail == null ? "" : detail.code());
    }
}
