package org.accord.portal.ui.milestone;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.LogLine;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.portal.ui.initiative.InitiativeView;
import org.accord.portal.ui.task.NewTaskView;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Milestones tab of an initiative, for its lead and for a liaison. */
class MilestonesTabTest extends PortalBrowserlessTest {

    @Autowired
    MilestonePlan plan;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    SignedIn signedIn;
    MilestoneStories stories;
    long milestone;

    @BeforeEach
    void initiativeWithASlippedMilestone() {
        signedIn = new SignedIn(users);
        stories = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        milestone = stories.milestone("Customs training in Nuevo Laredo", OwnerSide.MX, TODAY.plusDays(30),
                TODAY.plusDays(44));
    }

    @Test
    @WithUserDetails("liaison.us")
    void liaisonReadsMilestonesAndTheirSlippageWithoutEditButtons() {
        MilestonesTab tab = openTab();

        assertThat(tab.add.isVisible()).isFalse();
        assertThat(test(tab.grid).size()).isEqualTo(1);
        assertThat(test(tab.grid).getCellText(0, 0)).isEqualTo("Customs training in Nuevo Laredo");
        assertThat(test(tab.grid).getCellText(0, 5)).isEqualTo("+14 days");
        assertThat(buttonsOf(test(tab.grid).getCellComponent(0, 8))).containsExactly("Log");
        assertThat(tab.percentDone.getText()).isEqualTo("0% done by weight");

        test(buttons(test(tab.grid).getCellComponent(0, 8)).getFirst()).click();
        MilestoneLogDialog dialog = $(MilestoneLogDialog.class).single();
        assertThat(dialog.logNote.isAttached()).isFalse();
        assertThat(dialog.rebaseline.isAttached()).isFalse();
        assertThat(dialog.upload).isNull();
        assertThat(logText(dialog)).contains("Title (English): — → Customs training in Nuevo Laredo",
                "Baseline: — → " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                        .format(TODAY.plusDays(30)));
    }

    @Test
    @WithUserDetails("bersin")
    void leadAddingAMilestoneWithoutTitleIsToldAtTheFieldAndNothingIsSaved() {
        MilestonesTab tab = openTab();

        test(tab.add).click();
        MilestoneDialog dialog = $(MilestoneDialog.class).single();
        test(dialog.form.titleEs).setValue("Capacitación");
        test(dialog.form.baselineDate).setValue(TODAY.plusDays(10));
        test(dialog.save).click();

        assertThat(dialog.form.titleEn.isInvalid()).isTrue();
        assertThat(dialog.form.titleEn.getErrorMessage()).isEqualTo("Enter a title.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(test(tab.grid).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("bersin")
    void leadAddsAMilestoneWhoseForecastIsBeforeTheStartAndIsToldAtTheForecast() {
        MilestonesTab tab = openTab();

        test(tab.add).click();
        MilestoneDialog dialog = $(MilestoneDialog.class).single();
        test(dialog.form.titleEn).setValue("Risk workshop");
        test(dialog.form.titleEs).setValue("Taller de riesgos");
        test(dialog.form.baselineDate).setValue(TODAY.plusDays(10));
        test(dialog.form.forecastDate).setValue(TODAY.minusYears(3));
        test(dialog.save).click();

        assertThat(dialog.form.forecastDate.isInvalid()).isTrue();
        assertThat(dialog.form.forecastDate.getErrorMessage()).isEqualTo("This date is before the initiative starts.");

        test(dialog.form.forecastDate).setValue(TODAY.plusDays(12));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(tab.grid).size()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("bersin")
    void leadGivesAMilestoneATaskOnTheNewTaskPageWithTheMilestoneChosen() {
        MilestonesTab tab = openTab();

        test(buttons(test(tab.grid).getCellComponent(0, 8)).get(3)).click();

        assertThat(getCurrentView()).isInstanceOf(NewTaskView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("initiative", List.of(String.valueOf(stories.initiativeId)))
                .containsEntry("milestone", List.of(String.valueOf(milestone)));
    }

    @Test
    @WithUserDetails("bersin")
    void leadLogsANoteAndReBaselineNeedsAReason() {
        MilestonesTab tab = openTab();
        assertThat(buttonsOf(test(tab.grid).getCellComponent(0, 8))).containsExactly("Edit", "Progress", "Log",
                "Add task");

        test(buttons(test(tab.grid).getCellComponent(0, 8)).get(2)).click();
        MilestoneLogDialog dialog = $(MilestoneLogDialog.class).single();
        test(dialog.note).setValue("Customs training delivered in Nuevo Laredo, 40 officers");
        test(dialog.logNote).click();
        test(dialog.newBaseline).setValue(TODAY.plusDays(60));
        test(dialog.rebaseline).click();

        assertThat(dialog.rebaselineReason.isInvalid()).isTrue();
        assertThat(dialog.rebaselineReason.getErrorMessage()).isEqualTo("Say why the baseline moves.");
        List<LogLine> log = signedIn.as("pm.us", () -> plan.log(milestone));
        assertThat(log.getFirst().note()).isEqualTo("Customs training delivered in Nuevo Laredo, 40 officers");
        assertThat(stories.row(milestone).baselineDate()).isEqualTo(TODAY.plusDays(30));

        test(dialog.rebaselineReason).setValue("Venue moved to Monterrey");
        test(dialog.rebaseline).click();
        assertThat(stories.row(milestone).baselineDate()).isEqualTo(TODAY.plusDays(60));
        assertThat(signedIn.as("pm.us", () -> plan.log(milestone)).getFirst().rebaselineReason())
                .isEqualTo("Venue moved to Monterrey");
    }

    @Test
    @WithUserDetails("lead.mx")
    void leadAttachesEvidenceAndAnExecutableIsRefused() {
        MilestonesTab tab = openTab();
        test(buttons(test(tab.grid).getCellComponent(0, 8)).get(2)).click();
        MilestoneLogDialog dialog = $(MilestoneLogDialog.class).single();

        test(dialog.upload).upload("setup.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0});
        assertThat(dialog.evidenceError.getText()).isEqualTo("Adjunte un PDF, una imagen PNG o JPEG, o un archivo de texto simple.");

        test(dialog.upload).upload("lista.txt", "text/plain", "Lista de asistencia".getBytes());
        assertThat(signedIn.as("pm.us", () -> plan.evidence(milestone))).singleElement()
                .satisfies(file -> assertThat(file.fileName()).isEqualTo("lista.txt"));
        assertThat(dialog.evidence.getChildren().count()).isEqualTo(1);
    }

    private MilestonesTab openTab() {
        navigate(InitiativeView.class, stories.initiativeId);
        roundTrip();
        TabSheet tabs = $(TabSheet.class).single();
        for (int index = 0; index < tabs.getTabCount(); index++) {
            if (tabs.getTabAt(index).getId().orElse("").equals("tab-milestones")) {
                test(tabs).select(index);
            }
        }
        roundTrip();
        return $(MilestonesTab.class).single();
    }

    private static String logText(MilestoneLogDialog dialog) {
        return dialog.lines.getChildren().flatMap(Component::getChildren)
                .filter(Paragraph.class::isInstance).map(paragraph -> ((Paragraph) paragraph).getText())
                .collect(Collectors.joining("\n"));
    }

    private static List<Button> buttons(Component cell) {
        return cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    private static List<String> buttonsOf(Component cell) {
        return buttons(cell).stream().map(Button::getText).toList();
    }
}
