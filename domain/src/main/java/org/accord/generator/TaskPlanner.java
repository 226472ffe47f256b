package org.accord.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.accord.generator.PortfolioPlan.Lead;
import org.accord.generator.PortfolioPlan.PlannedInitiative;
import org.accord.generator.PortfolioPlan.Side;
import org.accord.generator.TaskPlan.PlannedComment;
import org.accord.generator.TaskPlan.PlannedTask;
import org.accord.generator.Vocabulary.Words;
import org.accord.initiative.Priority;
import org.accord.people.Language;
import org.accord.task.TaskStatus;

/**
 * Decides the liaison users and the tasks of each initiative. Every initiative's tasks come from a
 * {@link Random} of their own, so any chunk of initiatives can be planned alone and the generator never holds
 * all tasks at once. Dates count from {@code today}: about a fifth of the tasks are open, due from 45 days ago to
 * 90 days ahead, so "My tasks", overdue counts and reminders find realistic work; the others were done or
 * cancelled before today.
 */
final class TaskPlanner {

    static final String LIAISON_PREFIX = "gen.liaison.";
    /** Liaisons of each party who work on one initiative. */
    static final int LIAISONS_PER_INITIATIVE = 2;

    private static final LocalTime MORNING = LocalTime.of(9, 30);
    private static final LocalTime AFTERNOON = LocalTime.of(16, 0);

    private final GeneratorSettings settings;
    private final LocalDate today;

    TaskPlanner(GeneratorSettings settings, LocalDate today) {
        this.settings = settings;
        this.today = today;
    }

    static String liaisonUsername(String partyCode, int index) {
        return LIAISON_PREFIX + partyCode.toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, ".%04d", index + 1);
    }

    /** The liaisons of both parties; their names follow the leads' so that nobody has the same name. */
    List<Lead> liaisons() {
        var random = new Random(settings.seed() * 53 + 11);
        List<Lead> liaisons = new ArrayList<>();
        for (int i = 0; i < settings.liaisonsPerParty(); i++) {
            for (String party : List.of("US", "MX")) {
                boolean us = party.equals("US");
                List<String> agencies = us ? Vocabulary.US_LEAD_AGENCIES : Vocabulary.MX_LEAD_AGENCIES;
                liaisons.add(new Lead(liaisonUsername(party, i),
                        PortfolioPlanner.uniqueName(us, settings.leadsPerParty() + i), party,
                        agencies.get(random.nextInt(agencies.size())), us ? Language.EN : Language.ES));
            }
        }
        return liaisons;
    }

    /** The tasks of the {@code index}-th generated initiative. */
    List<PlannedTask> tasksOf(PlannedInitiative initiative, int index) {
        var random = new Random(settings.seed() * 1_000_003L + 7_919L * (index + 1));
        List<PlannedTask> tasks = new ArrayList<>(settings.tasksPerInitiative());
        List<String> usLiaisons = liaisonsOf("US", random);
        List<String> mxLiaisons = liaisonsOf("MX", random);
        for (int n = 0; n < settings.tasksPerInitiative(); n++) {
            Side side = initiative.sides().get(random.nextInt(initiative.sides().size()));
            boolean us = side.partyCode().equals("US");
            List<String> liaisons = us ? usLiaisons : mxLiaisons;
            tasks.add(task(initiative, side, liaisons.get(random.nextInt(liaisons.size())), !us, random));
        }
        return tasks;
    }

    private List<String> liaisonsOf(String partyCode, Random random) {
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(LIAISONS_PER_INITIATIVE, settings.liaisonsPerParty())) {
            String liaison = liaisonUsername(partyCode, random.nextInt(settings.liaisonsPerParty()));
            if (!chosen.contains(liaison)) {
                chosen.add(liaison);
            }
        }
        return chosen;
    }

    private PlannedTask task(PlannedInitiative initiative, Side side, String assignee, boolean spanish, Random random) {
        Words what = pick(TASKS, random);
        String title = text(what, spanish) + " · " + initiative.code();
        Integer milestone = settings.milestonesPerInitiative() > 0 && random.nextInt(100) < 30
                ? random.nextInt(settings.milestonesPerInitiative()) : null;
        boolean internal = random.nextInt(100) < 10;
        Priority priority = pick(PRIORITIES, random);
        int fate = random.nextInt(100);
        TaskStatus status = fate < 68 ? TaskStatus.DONE
                : fate < 80 ? TaskStatus.CANCELLED
                : fate < 91 ? TaskStatus.OPEN
                : fate < 97 ? TaskStatus.IN_PROGRESS : TaskStatus.BLOCKED;
        LocalDate due;
        LocalDateTime assignedAt;
        LocalDateTime closedAt = null;
        if (status.isClosed()) {
            due = today.minusDays(1 + random.nextInt(540));
            assignedAt = due.minusDays(5 + random.nextInt(40)).atTime(MORNING);
            LocalDate closedOn = due.plusDays(random.nextInt(15) - 4);
            closedAt = (closedOn.isBefore(today) ? closedOn : today.minusDays(1)).atTime(AFTERNOON);
        } else {
            due = today.minusDays(45).plusDays(random.nextInt(136));
            LocalDate first = due.isBefore(today) ? due : today;
            assignedAt = first.minusDays(1 + random.nextInt(30)).atTime(MORNING);
        }
        String blockedReason = status == TaskStatus.BLOCKED ? text(pick(BLOCKED_REASONS, random), spanish) : null;
        String note = status == TaskStatus.DONE ? text(pick(COMPLETION_NOTES, random), spanish) : null;
        PlannedComment comment = random.nextInt(100) < 6
                ? new PlannedComment(random.nextBoolean() ? assignee : side.lead(), random.nextInt(100) < 25,
                text(pick(COMMENTS, random), spanish), assignedAt.plusDays(1))
                : null;
        return new PlannedTask(initiative.code(), side.partyCode(), assignee, side.lead(), title,
                text(what, spanish) + ".", milestone, internal, assignedAt, due, priority, status, blockedReason, note,
                closedAt, comment);
    }

    private static String text(Words words, boolean spanish) {
        return spanish ? words.es() : words.en();
    }

    private static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static final List<Priority> PRIORITIES = List.of(Priority.HIGH, Priority.MEDIUM, Priority.MEDIUM,
            Priority.LOW);

    private static final List<Words> TASKS = List.of(
            new Words("Send the attendance list for the working group", "Enviar la lista de asistentes del grupo de trabajo"),
            new Words("Collect the port's monthly crossing figures", "Reunir las cifras mensuales de cruces del puerto"),
            new Words("Draft the minutes of the bilateral meeting", "Redactar la minuta de la reunión bilateral"),
            new Words("Confirm the venue and dates of the training", "Confirmar sede y fechas de la capacitación"),
            new Words("Review the data-sharing annex", "Revisar el anexo de intercambio de datos"),
            new Words("Upload the signed inspection report", "Subir el informe de inspección firmado"),
            new Words("Coordinate the joint site visit", "Coordinar la visita conjunta al sitio"),
            new Words("Prepare the quarterly figures for the lead", "Preparar las cifras trimestrales para el responsable"),
            new Words("Translate the technical guidelines", "Traducir los lineamientos técnicos"),
            new Words("Book interpreters for the steering group", "Reservar intérpretes para el grupo directivo"));

    private static final List<Words> BLOCKED_REASONS = List.of(
            new Words("Waiting for the other side's figures", "En espera de las cifras de la otra parte"),
            new Words("The venue is not confirmed yet", "La sede aún no está confirmada"),
            new Words("Needs legal review first", "Requiere primero revisión jurídica"));

    private static final List<Words> COMPLETION_NOTES = List.of(
            new Words("Sent to both delegations", "Enviado a ambas delegaciones"),
            new Words("Done; the file is attached to the milestone", "Hecho; el archivo está en el hito"),
            new Words("Agreed in the weekly call", "Acordado en la llamada semanal"));

    private static final List<Words> COMMENTS = List.of(
            new Words("I will have it by Friday.", "Lo tendré el viernes."),
            new Words("Please copy the port director.", "Por favor copie al director del puerto."),
            new Words("The other side asked for one more week.", "La otra parte pidió una semana más."));
}
