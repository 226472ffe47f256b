package org.accord.portal.ui.importing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.accord.importing.ImportKind;
import org.accord.importing.ImportLimits;
import org.accord.importing.ImportProblem;
import org.accord.importing.ImportResult;
import org.accord.importing.PlannedRow;
import org.accord.importing.RowOutcome;
import org.accord.importing.SpreadsheetImport;
import org.accord.people.Language;
import org.accord.portal.ui.FileDownloads;
import org.accord.portal.ui.Texts;

/**
 * Imports initiatives or milestones from a spreadsheet: templates to fill in, the upload, a dry run that shows each
 * row as it would be saved and each problem at its row and column, then one import of all rows or none.
 */
public class ImportDialog extends Dialog {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Upload upload;
    final Span summary = new Span();
    final Grid<PlannedRow> rows = new Grid<>(PlannedRow.class, false);
    final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    final Button commit = new Button();

    private final SpreadsheetImport imports;
    private final Runnable afterImport;
    private final Language language = Texts.currentLanguage();
    private byte[] file;
    private ImportResult result;

    public ImportDialog(SpreadsheetImport imports, Runnable afterImport) {
        this.imports = imports;
        this.afterImport = afterImport;
        ImportLimits limits = imports.limits();
        setId("import-dialog");
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(72rem, 96vw)");
        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("import.kind." + value.name()));
        kind.setValue(ImportKind.INITIATIVES);
        kind.addValueChangeListener(change -> check());
        upload = upload(limits);
        summary.setId("import-summary");
        configureRows();
        configureProblems();
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.PRIMARY);
        commit.setText(getTranslation("import.commit", 0));
        commit.setEnabled(false);
        // Thousands of rows take seconds: a second click must not import them again meanwhile.
        commit.setDisableOnClick(true);
        commit.addClickListener(click -> commit());
        add(kind, templates(), new Paragraph(getTranslation("import.upload.hint",
                        Math.max(1, limits.maxBytes() / (1024 * 1024)), limits.maxRows())), upload, summary,
                new H3(getTranslation("import.problems")), problems, new H3(getTranslation("import.rows")), rows);
        getFooter().add(new Button(getTranslation("import.close"), click -> close()), commit);
    }

    private HorizontalLayout templates() {
        var line = new HorizontalLayout(new Span(getTranslation("import.templates")));
        for (Language headers : Language.values()) {
            var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
                ImportKind chosen = kind.getValue();
                return FileDownloads.attachment(event, "accord-" + chosen.name().toLowerCase() + "-"
                        + headers.name().toLowerCase() + ".xlsx", XLSX, imports.template(chosen, headers));
            }), AttachmentType.DOWNLOAD, getTranslation("import.template." + headers.name()));
            anchor.setId("import-template-" + headers.name().toLowerCase());
            line.add(anchor);
        }
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    private Upload upload(ImportLimits limits) {
        var handler = new InMemoryUploadHandler((metadata, content) -> {
            file = content;
            check();
        }) {
            @Override
            public long getFileSizeMax() {
                return limits.maxBytes();
            }

            @Override
            public long getRequestSizeMax() {
                return limits.maxBytes() + REQUEST_OVERHEAD;
            }
        };
        var component = new Upload(handler);
        component.setId("import-upload");
        component.setMaxFiles(1);
        component.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        component.setAcceptedFileTypes(XLSX, "text/csv", ".xlsx", ".csv");
        component.addFileRejectedListener(rejected -> showSummary(rejected.getErrorMessage(), true));
        return component;
    }

    private void configureRows() {
        rows.setId("import-rows");
        rows.addThemeVariants(GridVariant.ROW_STRIPES);
        rows.setAllRowsVisible(false);
        rows.setHeight("16rem");
        rows.addColumn(PlannedRow::row).setHeader(getTranslation("import.grid.row")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(PlannedRow::key).setHeader(getTranslation("import.grid.key")).setAutoWidth(true);
        rows.addColumn(row -> language == Language.ES ? row.titleEs() : row.titleEn())
                .setHeader(getTranslation("import.grid.title")).setFlexGrow(2);
        rows.addColumn(row -> getTranslation("import.outcome." + row.outcome().name()))
                .setHeader(getTranslation("import.grid.outcome")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> ImportTexts.headers(row.changedColumns(), result.columns(), language))
                .setHeader(getTranslation("import.grid.changes")).setFlexGrow(2);
    }

    private void configureProblems() {
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        problems.setHeight("14rem");
        problems.addColumn(problem -> problem.row() == 0 ? "" : String.valueOf(problem.row()))
                .setHeader(getTranslation("import.grid.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> ImportTexts.where(problem, language))
                .setHeader(getTranslation("import.grid.column")).setAutoWidth(true);
        problems.addColumn(ImportTexts::problem).setHeader(getTranslation("import.grid.problem")).setFlexGrow(3);
    }

    private void check() {
        if (file == null) {
            return;
        }
        show(imports.check(kind.getValue(), file));
        upload.clearFileList();
    }

    private void commit() {
        ImportResult saved = imports.commit(kind.getValue(), file);
        if (!saved.saved()) {
            show(saved);
            showSummary(getTranslation("import.not-saved"), true);
            return;
        }
        Notification.show(getTranslation("import.saved", saved.count(RowOutcome.NEW), saved.count(RowOutcome.CHANGED)),
                5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
        afterImport.run();
        close();
    }

    private void show(ImportResult checked) {
        result = checked;
        rows.setItems(checked.rows());
        problems.setItems(checked.problems());
        long toSave = checked.count(RowOutcome.NEW) + checked.count(RowOutcome.CHANGED);
        commit.setText(getTranslation("import.commit", toSave));
        commit.setEnabled(checked.mayCommit());
        if (!checked.problems().isEmpty()) {
            showSummary(getTranslation("import.checked.problems", checked.problems().size()), true);
        } else if (toSave == 0) {
            showSummary(getTranslation("import.nothing-to-save"), false);
        } else {
            showSummary(getTranslation("import.checked", checked.count(RowOutcome.NEW),
                    checked.count(RowOutcome.CHANGED), checked.count(RowOutcome.UNCHANGED)), false);
        }
    }

    private void showSummary(String text, boolean error) {
        summary.setText(text);
        summary.removeClassNames(LumoUtility.TextColor.ERROR, LumoUtility.TextColor.SUCCESS);
        summary.addClassName(error ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SUCCESS);
    }

    List<ImportProblem> shownProblems() {
        return result == null ? List.of() : result.problems();
    }
}
