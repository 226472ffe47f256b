package org.accord.demo;

import java.util.List;
import org.accord.initiative.Priority;
import org.accord.task.TaskStatus;

/** The work the leads and program offices hand to the two liaison officers of the demo. */
final class DemoTasks {

    static final List<TaskSeed> ALL = List.of(
            new TaskSeed("DOP-2012-01", "aguilar", "liaison.us",
                    "Confirm the data dictionary fields with CBP's ACE team",
                    "Mexican Customs asked for field lengths and code lists before the first manifest exchange.",
                    3, Priority.HIGH, false, TaskStatus.IN_PROGRESS, null,
                    "Draft sent to the ACE team; waiting for the field lengths."),
            new TaskSeed("DOP-2012-01", "lead.mx", "liaison.mx",
                    "Preparar el ambiente de pruebas para el intercambio de manifiestos",
                    "Servidores y certificados listos antes de la prueba de conectividad del ISA.",
                    10, Priority.HIGH, false, TaskStatus.OPEN, null, null),
            new TaskSeed("DOP-2012-05", "aguilar", "liaison.us",
                    "Book the venue for the joint customs training in Nuevo Laredo",
                    "Room for 40 officers of CBP and Mexican Customs, with interpretation booths.",
                    1, Priority.MEDIUM, false, TaskStatus.DONE,
                    "Venue booked at the Laredo port training center for 40 officers.", null),
            new TaskSeed("DOP-2012-05", "lead.mx", "liaison.mx",
                    "Lista de participantes del SAT para la capacitación conjunta",
                    "Nombres, cargos y aduana de adscripción de los participantes mexicanos.",
                    5, Priority.MEDIUM, false, TaskStatus.BLOCKED,
                    "Falta la aprobación de la Administración General de Aduanas.", null),
            new TaskSeed("DOP-2012-06", "morton", "liaison.us",
                    "Brief the embassy on the contraband case coordination",
                    "Internal: who at the embassy hears what, and when, about the joint operations.",
                    2, Priority.HIGH, true, TaskStatus.OPEN, null, null),
            new TaskSeed("DOP-2012-07", "pm.us", "liaison.us",
                    "Collect both sides' quarterly narratives for the steering group",
                    "The executive steering group meets after the quarter closes; it reads both sides side by side.",
                    14, Priority.MEDIUM, false, TaskStatus.OPEN, null, null),
            new TaskSeed("DOP-2012-07", "pm.mx", "liaison.mx",
                    "Traducir el informe bilateral del trimestre",
                    "Versión en español del informe para la Secretaría de Hacienda.",
                    21, Priority.LOW, false, TaskStatus.OPEN, null,
                    "Empiezo en cuanto la CBP envíe su narrativa."),
            new TaskSeed("ISA-2012-01", "aguilar", "liaison.mx",
                    "Share SAT's window for the ISA connectivity test",
                    "Two dates that suit SAT's operations centre, in the week after the certificates are exchanged.",
                    7, Priority.MEDIUM, false, TaskStatus.OPEN, null, null));

    private DemoTasks() {
    }
}
