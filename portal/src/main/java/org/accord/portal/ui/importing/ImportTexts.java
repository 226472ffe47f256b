package org.accord.portal.ui.importing;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.accord.importing.ImportColumn;
import org.accord.importing.ImportProblem;
import org.accord.people.Language;

/**
 * An import's problems and columns in the user's language. A problem's key is the portal's, or, when a draft's
 * constraint refused the value, one of the domain's validation messages.
 */
final class ImportTexts {

    private ImportTexts() {
    }

    static String problem(ImportProblem problem) {
        UI ui = UI.getCurrent();
        String text = ui.getTranslation(problem.messageKey(), problem.args().toArray());
        return text.startsWith("!") ? validationMessage(problem.messageKey(), ui.getLocale()).orElse(text) : text;
    }

    /** "C · Title in Spanish", the column's letter alone, or the whole file. */
    static String where(ImportProblem problem, Language language) {
        if (problem.column() == null) {
            return problem.cell() != null ? problem.cell() : UI.getCurrent().getTranslation("import.whole-file");
        }
        String header = problem.column().header(language);
        return problem.cell() == null ? header : problem.cell() + " · " + header;
    }

    static String headers(List<String> columnIds, List<ImportColumn> columns, Language language) {
        return columnIds.stream().map(id -> columns.stream().filter(column -> column.id().equals(id)).findFirst()
                .map(column -> column.header(language)).orElse(id)).collect(Collectors.joining(", "));
    }

    private static java.util.Optional<String> validationMessage(String key, Locale locale) {
        try {
            return java.util.Optional.of(ResourceBundle.getBundle("ValidationMessages", Language.of(locale).locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key));
        } catch (MissingResourceException missing) {
            return java.util.Optional.empty();
        }
    }
}
