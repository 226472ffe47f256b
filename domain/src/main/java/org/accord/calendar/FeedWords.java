package org.accord.calendar;

import org.accord.people.Language;

/** The few words a calendar feed says, in the owner's language: calendar apps show them as they are. */
record FeedWords(String calendarName, String task, String milestone, String initiative, String open,
                 String categoryTask, String categoryMilestone) {

    private static final FeedWords ENGLISH = new FeedWords("Accord: my tasks and milestones", "Task: ",
            "Milestone: ", "Initiative", "Open in Accord", "Accord task", "Accord milestone");
    private static final FeedWords SPANISH = new FeedWords("Accord: mis tareas e hitos", "Tarea: ",
            "Hito: ", "Iniciativa", "Abrir en Accord", "Tarea de Accord", "Hito de Accord");

    static FeedWords in(Language language) {
        return language == Language.ES ? SPANISH : ENGLISH;
    }
}
