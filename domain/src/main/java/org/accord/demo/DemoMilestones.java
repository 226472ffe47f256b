package org.accord.demo;

import static org.accord.demo.MilestoneSeed.done;
import static org.accord.demo.MilestoneSeed.missed;
import static org.accord.demo.MilestoneSeed.planned;
import static org.accord.demo.MilestoneSeed.rebaselined;
import static org.accord.demo.MilestoneSeed.slipped;
import static org.accord.milestone.OwnerSide.JOINT;
import static org.accord.milestone.OwnerSide.MX;
import static org.accord.milestone.OwnerSide.US;

import java.time.LocalDate;
import java.util.List;

/** Three to six milestones for each demo initiative, in the story of 2012; dates and slippage are invented. */
final class DemoMilestones {

    static final List<MilestoneSeed> ALL = List.of(
            done("DOP-2012-01", "Data dictionary for the customs exchange agreed",
                    "Diccionario de datos del intercambio aduanero acordado", JOINT, 3, d(2012, 5, 31), d(2012, 6, 8)),
            slipped("DOP-2012-01", "First automated exchange of manifests", "Primer intercambio automatizado de manifiestos",
                    JOINT, 5, d(2012, 9, 30), d(2012, 11, 15), "Waiting for the ISA connectivity test to pass."),
            planned("DOP-2012-01", "Exchange running at all commercial crossings",
                    "Intercambio operando en todos los cruces comerciales", JOINT, 8, d(2013, 10, 31)),
            done("DOP-2012-02", "Working group on shared risk indicators set up",
                    "Grupo de trabajo sobre indicadores de riesgo compartidos instalado", JOINT, 2, d(2012, 4, 30),
                    d(2012, 4, 27)),
            rebaselined("DOP-2012-02", "Shared risk indicators agreed", "Indicadores de riesgo compartidos acordados",
                    JOINT, 6, d(2012, 7, 31), d(2012, 10, 31),
                    "The co-chairs agreed to wait for the passenger indicators and review both together in October.",
                    "Draft indicators sent to SAT's legal area."),
            planned("DOP-2012-02", "Targeting rules in use at Nuevo Laredo", "Reglas de focalización en uso en Nuevo Laredo",
                    MX, 5, d(2013, 3, 31)),
            done("DOP-2012-03", "Passenger data elements agreed", "Elementos de datos de pasajeros acordados", JOINT, 3,
                    d(2012, 8, 31), d(2012, 8, 31)),
            planned("DOP-2012-03", "Passenger risk assessment at Mexico City airport",
                    "Evaluación de riesgos de pasajeros en el aeropuerto de la Ciudad de México", MX, 5, d(2013, 6, 30)),
            planned("DOP-2012-03", "Assessment at the land ports", "Evaluación en los puertos terrestres", JOINT, 4,
                    d(2014, 1, 31)),
            done("DOP-2012-04", "Inventory of cargo data elements", "Inventario de elementos de datos de carga", US, 2,
                    d(2012, 7, 31), d(2012, 7, 20)),
            slipped("DOP-2012-04", "Harmonized procedures published", "Procedimientos armonizados publicados", JOINT, 5,
                    d(2012, 12, 31), d(2013, 2, 28), "Legal review of the procedures takes longer in both countries."),
            planned("DOP-2012-04", "Single cargo declaration pilot", "Piloto de declaración única de carga", JOINT, 6,
                    d(2014, 3, 31)),
            done("DOP-2012-05", "Curriculum of the joint customs training", "Plan de estudios de la capacitación conjunta",
                    JOINT, 2, d(2012, 5, 15), d(2012, 5, 15)),
            done("DOP-2012-05", "Customs training in Nuevo Laredo", "Capacitación aduanera en Nuevo Laredo", JOINT, 5,
                    d(2012, 7, 20), d(2012, 8, 3)),
            done("DOP-2012-05", "Customs training in Tijuana", "Capacitación aduanera en Tijuana", JOINT, 5,
                    d(2012, 10, 19), d(2012, 10, 19)),
            done("DOP-2012-05", "Evaluation of the training", "Evaluación de la capacitación", MX, 1, d(2012, 12, 7),
                    d(2012, 12, 12)),
            done("DOP-2012-06", "Contact points for joint investigations named",
                    "Puntos de contacto para investigaciones conjuntas designados", JOINT, 2, d(2012, 4, 15),
                    d(2012, 4, 20)),
            missed("DOP-2012-06", "First coordinated operation against contraband",
                    "Primera operación coordinada contra el contrabando", JOINT, 6, d(2012, 6, 30),
                    "Postponed by both sides for operational reasons; a new date is being agreed."),
            planned("DOP-2012-06", "Joint report on seizures", "Informe conjunto de decomisos", US, 3, d(2013, 6, 30)),
            done("DOP-2012-07", "Steering group first meeting", "Primera reunión del grupo directivo", JOINT, 2,
                    d(2012, 4, 15), d(2012, 4, 18)),
            planned("DOP-2012-07", "First bilateral progress report", "Primer informe bilateral de avance", JOINT, 4,
                    d(2012, 12, 15)),
            planned("DOP-2012-07", "Second bilateral progress report", "Segundo informe bilateral de avance", JOINT, 4,
                    d(2013, 12, 15)),
            done("ISA-2012-01", "Security controls documented", "Controles de seguridad documentados", US, 3,
                    d(2012, 5, 31), d(2012, 6, 15)),
            rebaselined("ISA-2012-01", "ISA connectivity test", "Prueba de conectividad del ISA", JOINT, 6,
                    d(2012, 8, 31), d(2012, 11, 30),
                    "The first test failed on certificates; the co-chairs moved the test after the new certificates.",
                    "New certificates requested from both network operators."),
            planned("ISA-2012-01", "Security accreditation of the connection", "Acreditación de seguridad de la conexión",
                    US, 4, d(2012, 12, 31)),
            planned("ISA-2012-02", "Candidate programs for information sharing listed",
                    "Programas candidatos para el intercambio de información enlistados", JOINT, 2, d(2013, 4, 30)),
            planned("ISA-2012-02", "First new program under the ISA", "Primer programa nuevo bajo el ISA", JOINT, 6,
                    d(2013, 12, 31)),
            planned("ISA-2012-02", "Review of the programs", "Revisión de los programas", JOINT, 2, d(2014, 5, 31)),
            done("GSCS-2012-01", "Joint validation visits of C-TPAT and NEEC companies",
                    "Visitas de validación conjunta de empresas C-TPAT y NEEC", JOINT, 4, d(2012, 5, 31), d(2012, 6, 22)),
            done("GSCS-2012-01", "Comparison of the C-TPAT and NEEC requirements",
                    "Comparación de los requisitos de C-TPAT y NEEC", JOINT, 3, d(2012, 7, 31), d(2012, 8, 14)),
            slipped("GSCS-2012-01", "C-TPAT/NEEC mutual recognition arrangement signed",
                    "Arreglo de reconocimiento mutuo C-TPAT/NEEC firmado", JOINT, 8, d(2012, 10, 31), d(2012, 12, 14),
                    "Signature expected at the December meeting of the co-chairs."),
            planned("GSCS-2012-01", "Joint benefits for mutually recognized companies",
                    "Beneficios conjuntos para las empresas con reconocimiento mutuo", JOINT, 5, d(2013, 6, 30)),
            done("GSCS-2012-02", "Action plan drafted", "Plan de acción redactado", JOINT, 3, d(2012, 5, 31),
                    d(2012, 5, 30)),
            done("GSCS-2012-02", "Action plan adopted by the co-chairs", "Plan de acción adoptado por los copresidentes",
                    JOINT, 4, d(2012, 9, 30), d(2012, 10, 5)),
            done("GSCS-2012-02", "Action plan handed to the agencies", "Plan de acción entregado a las dependencias",
                    JOINT, 3, d(2012, 11, 30), d(2012, 11, 28)),
            done("SEGOB-2012-01", "Vetting procedure for Mexican applicants agreed",
                    "Procedimiento de verificación de solicitantes mexicanos acordado", JOINT, 4, d(2012, 5, 31),
                    d(2012, 6, 5)),
            planned("SEGOB-2012-01", "Global Entry enrollment opens to Mexican travelers",
                    "Se abre la inscripción a Global Entry para viajeros mexicanos", US, 6, d(2012, 12, 31)),
            planned("SEGOB-2012-01", "Kiosks at Mexico City airport", "Quioscos en el aeropuerto de la Ciudad de México",
                    MX, 3, d(2013, 3, 31)),
            done("SEGOB-2012-02", "Procedures for repatriation by air agreed",
                    "Procedimientos de repatriación por vía aérea acordados", JOINT, 3, d(2012, 5, 15), d(2012, 5, 25)),
            slipped("SEGOB-2012-02", "First repatriation flights", "Primeros vuelos de repatriación", JOINT, 6,
                    d(2012, 7, 15), d(2012, 9, 30), "Reception arrangements in the interior not yet ready."),
            planned("SEGOB-2012-02", "Pilot evaluation", "Evaluación del piloto", JOINT, 2, d(2012, 12, 15)),
            done("SEGOB-2012-03", "Victim identification guide shared", "Guía de identificación de víctimas compartida",
                    MX, 3, d(2012, 6, 30), d(2012, 6, 29)),
            planned("SEGOB-2012-03", "Joint training of consular staff", "Capacitación conjunta del personal consular",
                    JOINT, 4, d(2013, 3, 31)),
            planned("SEGOB-2012-03", "Referral protocol signed", "Protocolo de canalización firmado", JOINT, 5,
                    d(2013, 9, 30)),
            planned("SEGOB-2012-04", "Screening data elements agreed", "Elementos de datos de revisión acordados", JOINT, 3,
                    d(2013, 4, 30)),
            planned("SEGOB-2012-04", "Screening connection tested", "Conexión de revisión probada", US, 4,
                    d(2013, 10, 31)),
            planned("SEGOB-2012-04", "Screening in use at the main airports", "Revisión en uso en los principales aeropuertos",
                    JOINT, 6, d(2014, 9, 30)));

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private DemoMilestones() {
    }
}
