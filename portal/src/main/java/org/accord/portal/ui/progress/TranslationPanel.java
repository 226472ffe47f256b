package org.accord.portal.ui.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.accord.portal.ui.Dates;
import org.accord.progress.ProgressUpdateView;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.TranslationView;

/**
 * Below a submitted update: its translation, marked as one and by whom, or that there is none yet; and, for those
 * the rules allow, writing it or asking someone of the country to.
 */
class TranslationPanel extends VerticalLayout {

    final H3 heading = new H3();
    final Paragraph missing = new Paragraph();
    final Paragraph asked = new Paragraph();
    final Paragraph accomplishments = new Paragraph();
    final Paragraph nextSteps = new Paragraph();
    final Paragraph risksAndIssues = new Paragraph();
    final Button write = new Button();
    final Button ask = new Button();
    TranslationDialog writing;
    TranslatorDialog asking;

    TranslationPanel(ProgressUpdateView update, ProgressUpdates updates, Runnable afterwards) {
        setId("update-translation");
        setPadding(false);
        setSpacing(false);
        String into = ProgressTexts.languageName(update.translationLanguage());
        heading.setId("translation-heading");
        missing.setId("translation-missing");
        asked.setId("translation-asked");
        add(heading, missing, asked);
        TranslationView translation = update.translation();
        if (translation == null) {
            heading.setText(getTranslation("progress.translation.title", into));
            missing.setText(getTranslation("progress.translation.missing", into));
        } else {
            heading.setText(getTranslation("progress.translation.by",
                    ProgressTexts.languageName(translation.language()), translation.translatedByName(),
                    Dates.dateTime(translation.translatedAt())));
            missing.setVisible(false);
            field(accomplishments, "progress.accomplishments", translation.accomplishments());
            field(nextSteps, "progress.next-steps", translation.nextSteps());
            field(risksAndIssues, "progress.risks", translation.risksAndIssues());
            add(accomplishments, nextSteps, risksAndIssues);
        }
        asked.setVisible(update.translatorName() != null);
        if (update.translatorName() != null) {
            asked.setText(getTranslation("progress.translation.asked", update.translatorName()));
        }
        write.setId("translation-write");
        write.setText(getTranslation(translation == null
                ? "progress.translation.write" : "progress.translation.correct"));
        write.setVisible(update.mayTranslate());
        write.addClickListener(click -> {
            writing = new TranslationDialog(update, updates, afterwards);
            writing.open();
        });
        ask.setId("translation-ask");
        ask.setText(getTranslation("progress.translation.ask"));
        ask.setVisible(update.mayAskTranslator());
        ask.addClickListener(click -> {
            asking = new TranslatorDialog(update, updates, afterwards);
            asking.open();
        });
        add(new HorizontalLayout(write, ask));
    }

    private void field(Paragraph paragraph, String labelKey, String text) {
        paragraph.setVisible(text != null);
        if (text != null) {
            paragraph.setText(getTranslation(labelKey) + ": " + text);
        }
    }
}
