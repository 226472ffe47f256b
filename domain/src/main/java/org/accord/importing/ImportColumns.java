package org.accord.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.Priority;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;

/** The columns of each kind of import, with their headers in both languages. */
final class ImportColumns {

    private static final String DATE_EN = "Date, or text as 2012-05-31";
    private static final String DATE_ES = "Fecha, o texto como 2012-05-31";

    private ImportColumns() {
    }

    /** The columns of initiatives; each party has a lead agency and an oversight lead column. */
    static List<ImportColumn> initiatives(List<String> partyCodes) {
        var columns = new ArrayList<>(List.of(
                new ImportColumn("code", "Code", "Clave", true, "Unique; letters, digits, . _ -; at most 30",
                        "Única; letras, dígitos, . _ -; como máximo 30"),
                new ImportColumn("titleEn", "Title in English", "Título en inglés", true, "At most 300 characters",
                        "Como máximo 300 caracteres"),
                new ImportColumn("titleEs", "Title in Spanish", "Título en español", true, "At most 300 characters",
                        "Como máximo 300 caracteres"),
                optional("descriptionEn", "Description in English", "Descripción en inglés",
                        "At most 4,000 characters", "Como máximo 4,000 caracteres"),
                optional("descriptionEs", "Description in Spanish", "Descripción en español",
                        "At most 4,000 characters", "Como máximo 4,000 caracteres"),
                new ImportColumn("commitmentIds", "Commitments", "Compromisos", true,
                        "Agreement code:commitment number, separated by ; (DOP-2012:1; DOP-2012:2)",
                        "Clave del acuerdo:número del compromiso, separados por ; (DOP-2012:1; DOP-2012:2)")));
        for (String party : partyCodes) {
            columns.add(new ImportColumn("leadAgency." + party, "Lead agency " + party, "Dependencia líder " + party,
                    true, "Agency code of " + party + " (CBP, ADUANAS...)",
                    "Clave de una dependencia de " + party + " (CBP, ADUANAS...)"));
            columns.add(new ImportColumn("lead." + party, "Oversight lead " + party,
                    "Responsable de supervisión " + party, true,
                    "User name of an active oversight lead of " + party,
                    "Nombre de usuario de un responsable de supervisión activo de " + party));
        }
        columns.addAll(List.of(
                optional("status", "Status", "Estado", values(InitiativeStatus.class) + "; not CANCELLED",
                        values(InitiativeStatus.class) + "; no CANCELLED"),
                optional("health", "Health", "Salud", values(Health.class), values(Health.class)),
                optional("healthReason", "Reason for the health", "Motivo de la salud",
                        "Required for AMBER and RED", "Obligatorio con AMBER y RED"),
                optional("priority", "Priority", "Prioridad", values(Priority.class), values(Priority.class)),
                optional("startDate", "Start", "Inicio", DATE_EN, DATE_ES),
                optional("targetEndDate", "Target end", "Fecha meta", DATE_EN + "; not before the start",
                        DATE_ES + "; no antes del inicio")));
        return List.copyOf(columns);
    }

    /** Milestones of existing initiatives, matched by the initiative's code and the milestone's English title. */
    static List<ImportColumn> milestones() {
        return List.of(
                new ImportColumn("initiative", "Initiative code", "Clave de la iniciativa", true,
                        "Code of an existing initiative", "Clave de una iniciativa existente"),
                new ImportColumn("titleEn", "Title (English)", "Título (inglés)", true,
                        "At most 300 characters; with the initiative, names the milestone",
                        "Como máximo 300 caracteres; con la iniciativa, identifica el hito"),
                new ImportColumn("titleEs", "Title (Spanish)", "Título (español)", true, "At most 300 characters",
                        "Como máximo 300 caracteres"),
                optional("description", "Description", "Descripción", "At most 4,000 characters",
                        "Como máximo 4,000 caracteres"),
                optional("ownerSide", "Delivered by", "Entrega", values(OwnerSide.class), values(OwnerSide.class)),
                new ImportColumn("baselineDate", "Baseline", "Línea base", true,
                        DATE_EN + "; not before the initiative's start", DATE_ES + "; no antes del inicio de la iniciativa"),
                optional("forecastDate", "Forecast", "Pronóstico", DATE_EN, DATE_ES),
                optional("status", "Status", "Estado", values(MilestoneStatus.class), values(MilestoneStatus.class)),
                optional("actualDate", "Actual", "Real", DATE_EN + "; only when DONE, not in the future",
                        DATE_ES + "; solo con DONE, no en el futuro"),
                optional("weight", "Weight", "Peso", "1 to 100", "De 1 a 100"),
                optional("rebaselineReason", "Reason for the new baseline", "Motivo de la nueva línea base",
                        "Required when the baseline of an existing milestone changes",
                        "Obligatorio cuando cambia la línea base de un hito existente"));
    }

    private static ImportColumn optional(String id, String headerEn, String headerEs, String hintEn, String hintEs) {
        return new ImportColumn(id, headerEn, headerEs, false, hintEn, hintEs);
    }

    private static String values(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
