package org.accord.portal.ui.progress;

import static org.accord.progress.ProgressFixture.written;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.Directory;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.portal.ui.initiative.InitiativeView;
import org.accord.progress.PeriodView;
import org.accord.progress.ProgressFixture;
import org.accord.progress.ProgressUpdateView;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;
import org.accord.progress.TranslationDraft;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The original update with its language, and its translation or that there is none, on the initiative's tab. */
class UpdateTranslationViewsTest extends PortalBrowserlessTest {

    @Autowired
    ReportingPeriods periods;
    @Autowired
    ProgressUpdates updates;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    Directory directory;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    ProgressFixture fixture;
    long initiative;
    PeriodView period;

    @BeforeEach
    void activeInitiativeInAnOpenPeriod() {
        signedIn = new SignedIn(userDetails);
        fixture = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        initiative = fixture.activeInitiative();
        period = fixture.openPeriod();
    }

    @Test
    @WithUserDetails("bersin")
    void theAuthorSeesNoTranslationYetAndWritesOneAfterBeingToldWhatIsMissing() {
        long id = submitted();
        InitiativeProgressUpdates tab = openTab();
        assertThat(tab.translation).isNull();
        test(tab.grid).select(0);

        assertThat(test(tab.grid).getCellText(0, 5)).isEqualTo("No Spanish translation");
        assertThat(tab.translation.missing.getText()).isEqualTo("No Spanish translation yet.");
        assertThat(tab.translation.ask.isVisible()).isTrue();
        test(tab.translation.write).click();
        TranslationDialog dialog = $(TranslationDialog.class).single();
        assertThat(dialog.accomplishments.getHelperText()).isEqualTo("Original: Manifest exchange live");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.accomplishments.isInvalid()).isTrue();
        assertThat(dialog.accomplishments.getErrorMessage()).isEqualTo("Translate at least one of the texts.");

        test(dialog.accomplishments).setValue("Intercambio de manifiestos en marcha");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(tab.translation.heading.getText()).startsWith("Translation (Spanish) by Alan Bersin");
        assertThat(tab.translation.accomplishments.getText())
                .isEqualTo("Accomplishments: Intercambio de manifiestos en marcha");
        assertThat(tab.translation.write.getText()).isEqualTo("Correct translation");
        assertThat(test(tab.grid).getCellText(0, 5)).isEqualTo("Spanish");
        assertThat(signedIn.as("pm.us", () -> updates.update(period.id(), initiative, "US")).translation()
                .accomplishments()).isEqualTo("Intercambio de manifiestos en marcha");
        assertThat(signedIn.as("pm.us", () -> updates.update(period.id(), initiative, "US")).id()).isEqualTo(id);
    }

    @Test
    @WithUserDetails("bersin")
    void theAuthorAsksSomeoneOfTheirCountryAndTheyGetATask() {
        submitted();
        InitiativeProgressUpdates tab = openTab();
        test(tab.grid).select(0);
        test(tab.translation.ask).click();
        TranslatorDialog dialog = $(TranslatorDialog.class).single();

        test(dialog.assign).click();
        assertThat(dialog.translator.getErrorMessage()).isEqualTo("Choose who should translate the update.");
        dialog.translator.setValue(directory.findByUsername("liaison.mx").orElseThrow());
        test(dialog.assign).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.translator.getErrorMessage()).isEqualTo("Choose someone of the country of the update.");

        dialog.translator.setValue(directory.findByUsername("liaison.us").orElseThrow());
        test(dialog.assign).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(tab.translation.asked.getText()).isEqualTo("Asked to translate it: Liaison Officer, U.S. Embassy");
        assertThat(signedIn.as("liaison.us", () -> tasks.mine(false, Pageable.unpaged())))
                .anySatisfy(task -> assertThat(task.title()).startsWith("Translate the " + period.code() + " update"));
    }

    @Test
    @WithUserDetails("bersin")
    void aTranslationSavedMeanwhileIsNotOverwrittenAndTheUserIsTold() {
        long id = submitted();
        InitiativeProgressUpdates tab = openTab();
        test(tab.grid).select(0);
        test(tab.translation.write).click();
        TranslationDialog dialog = $(TranslationDialog.class).single();
        signedIn.as("bersin", () -> updates.translate(id, spanish("Versión de otra pestaña")));

        test(dialog.accomplishments).setValue("Mi versión");
        test(dialog.save).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("Someone else saved this translation");
        assertThat(tab.translation.accomplishments.getText()).endsWith("Versión de otra pestaña");
    }

    @Test
    @WithUserDetails("morton")
    void anotherLeadReadsTheTranslationButMayNeitherWriteNorAsk() {
        long id = submitted();
        signedIn.as("bersin", () -> updates.translate(id, spanish("Intercambio en marcha")));
        InitiativeProgressUpdates tab = openTab();
        test(tab.grid).select(0);

        assertThat(tab.translation.missing.isVisible()).isFalse();
        assertThat(tab.translation.accomplishments.getText()).endsWith("Intercambio en marcha");
        assertThat(tab.translation.write.isVisible()).isFalse();
        assertThat(tab.translation.ask.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("lead.mx")
    void aMexicanLeadReadsInSpanishWhichTranslationIsThereAndWhichIsMissing() {
        long us = submitted();
        signedIn.as("bersin", () -> updates.translate(us, spanish("Intercambio en marcha")));
        signedIn.as("lead.mx", () -> updates.submit(period.id(), initiative, written("Capacitación concluida")));
        InitiativeProgressUpdates tab = openTab();
        var grid = test(tab.grid);

        for (int row = 0; row < grid.size(); row++) {
            grid.select(row);
            if (grid.getRow(row).partyCode().equals("MX")) {
                assertThat(tab.translation.missing.getText()).isEqualTo("Aún no hay traducción al inglés.");
                assertThat(tab.translation.write.getText()).isEqualTo("Escribir la traducción");
            } else {
                assertThat(tab.translation.heading.getText()).startsWith("Traducción (español) por Alan Bersin");
                assertThat(tab.translation.write.isVisible()).isFalse();
            }
        }
    }

    @Test
    @WithUserDetails("pm.us")
    void aProgramManagerReviewingTheUpdateMayAskForItsTranslationButNotWriteIt() {
        submitted();
        PeriodsView view = navigate(PeriodsView.class);
        test(view.period).selectItem(period.code() + " · open");
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).initiativeId() == initiative) {
                grid.select(row);
            }
        }
        test(view.openUpdate.stream().filter(button -> button.getId().orElseThrow().equals("open-update-US"))
                .findFirst().orElseThrow()).click();

        assertThat(view.review.content.original.getText()).isEqualTo("Original, written in English");
        assertThat(view.review.translation.missing.getText()).isEqualTo("No Spanish translation yet.");
        assertThat(view.review.translation.write.isVisible()).isFalse();
        test(view.review.translation.ask).click();
        TranslatorDialog dialog = $(TranslatorDialog.class).single();
        dialog.translator.setValue(directory.findByUsername("morton").orElseThrow());
        test(dialog.assign).click();

        assertThat(view.review.translation.asked.getText()).isEqualTo("Asked to translate it: John Morton");
    }

    @Test
    @WithUserDetails("bersin")
    void theLeadChangesTheLanguageOfTheirDraft() {
        MyUpdatesView view = navigate(MyUpdatesView.class);
        test(view.period).selectItem(period.code());
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).initiativeId() == initiative) {
                grid.select(row);
            }
        }
        assertThat(view.editor.language.getValue()).isEqualTo(Language.EN);
        test(view.editor.accomplishments).setValue("Intercambio de manifiestos");
        test(view.editor.language).selectItem("Spanish");
        test(view.editor.saveDraft).click();

        ProgressUpdateView stored = signedIn.as("bersin", () -> updates.update(period.id(), initiative, "US"));
        assertThat(stored.language()).isEqualTo(Language.ES);
        assertThat(view.editor.language.getValue()).isEqualTo(Language.ES);
        assertThat(view.translation.isVisible()).as("a draft is not translated").isFalse();
    }

    private long submitted() {
        return signedIn.as("bersin", () -> updates.submit(period.id(), initiative, written("Manifest exchange live")));
    }

    private InitiativeProgressUpdates openTab() {
        navigate(InitiativeView.class, initiative);
        TabSheet tabs = $(TabSheet.class).single();
        for (int index = 0; index < tabs.getTabCount(); index++) {
            if (tabs.getTabAt(index).getId().orElse("").equals("tab-progress-updates")) {
                tabs.setSelectedIndex(index);
            }
        }
        return $(InitiativeProgressUpdates.class).single();
    }

    private static TranslationDraft spanish(String accomplishments) {
        var draft = new TranslationDraft();
        draft.setAccomplishments(accomplishments);
        return draft;
    }
}
