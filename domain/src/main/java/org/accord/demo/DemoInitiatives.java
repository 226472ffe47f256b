package org.accord.demo;

import static org.accord.demo.DemoAgreements.DOP;
import static org.accord.demo.DemoAgreements.ISA;
import static org.accord.demo.DemoAgreements.SEGOB;
import static org.accord.demo.DemoAgreements.SUPPLY_CHAIN;
import static org.accord.demo.InitiativeSeed.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.Priority;

/**
 * The work the 2012 instruments call for, in the words of the press release: Secretary Meade's list for the
 * DHS–SHCP documents, the ISA, the trusted shipper programs, and the DHS–SEGOB cooperation. Statuses, health,
 * dates and notes are invented for the demo.
 */
final class DemoInitiatives {

    private static final Map<String, String> CUSTOMS = Map.of("US", "CBP", "MX", "ADUANAS");
    private static final Map<String, String> CBP_SAT = Map.of("US", "CBP", "MX", "SAT");
    private static final Map<String, String> MINISTRIES = Map.of("US", "DHS-OIA", "MX", "SHCP");
    private static final Map<String, String> AGUILAR_ADUANAS = Map.of("US", "aguilar", "MX", "lead.mx");
    private static final Map<String, String> BERSIN_ADUANAS = Map.of("US", "bersin", "MX", "lead.mx");
    private static final Map<String, String> MORTON_ADUANAS = Map.of("US", "morton", "MX", "lead.mx");
    private static final Map<String, String> AGUILAR_INM = Map.of("US", "aguilar", "MX", "lead.inm");
    private static final Map<String, String> MORTON_INM = Map.of("US", "morton", "MX", "lead.inm");

    static final List<InitiativeSeed> ALL = List.of(
            new InitiativeSeed("DOP-2012-01", "Automated exchange of customs information",
                    "Intercambio automatizado de información aduanera",
                    "Reinforce the automated mechanisms through which CBP and Mexican Customs exchange customs "
                            + "information, on the connections the ISA sets up.",
                    "Reforzar los mecanismos automatizados con los que la CBP y la Administración General de Aduanas "
                            + "intercambian información aduanera, sobre las conexiones que establece el ISA.",
                    List.of(commitment(DOP, 1), commitment(DOP, 3), commitment(ISA, 2)), CUSTOMS, AGUILAR_ADUANAS,
                    null, InitiativeStatus.ACTIVE, Health.GREEN, null, Priority.HIGH, date(2012, 3, 15),
                    date(2013, 12, 31)),
            new InitiativeSeed("DOP-2012-02", "Risk management of commercial cargo flows",
                    "Administración de riesgos en los flujos de carga comercial",
                    "Shared risk indicators and targeting rules for commercial cargo crossing the border.",
                    "Indicadores de riesgo y reglas de focalización compartidos para la carga comercial que cruza la "
                            + "frontera.",
                    List.of(commitment(DOP, 3), commitment(DOP, 4)), CUSTOMS, AGUILAR_ADUANAS, null,
                    InitiativeStatus.ACTIVE, Health.AMBER,
                    "The shared risk indicators are two months late; the working group reviews them in October.",
                    Priority.HIGH, date(2012, 4, 1), date(2013, 9, 30)),
            new InitiativeSeed("DOP-2012-03", "Risk management of passenger flows",
                    "Administración de riesgos en los flujos de pasajeros",
                    "Automated exchange of passenger information for risk assessment at airports and land ports.",
                    "Intercambio automatizado de información de pasajeros para la evaluación de riesgos en aeropuertos "
                            + "y puertos terrestres.",
                    List.of(commitment(DOP, 3)), CUSTOMS, AGUILAR_ADUANAS, "bersin", InitiativeStatus.ACTIVE,
                    Health.GREEN, null, Priority.MEDIUM, date(2012, 6, 1), date(2014, 3, 31)),
            new InitiativeSeed("DOP-2012-04", "Harmonized information and procedures for commercial cargo",
                    "Armonización de la información y los procedimientos para la carga comercial",
                    "Harmonize the data elements and the procedures for processing commercial cargo through customs "
                            + "on both sides of the border.",
                    "Armonizar los datos y los procedimientos para el despacho aduanero de la carga comercial en ambos "
                            + "lados de la frontera.",
                    List.of(commitment(DOP, 1)), CUSTOMS, BERSIN_ADUANAS, null, InitiativeStatus.ACTIVE, Health.GREEN,
                    null, Priority.HIGH, date(2012, 5, 1), date(2014, 6, 30)),
            new InitiativeSeed("DOP-2012-05", "Joint customs training", "Capacitación aduanera conjunta",
                    "Joint courses for customs officers on the harmonized procedures and on enforcement.",
                    "Cursos conjuntos para el personal aduanero sobre los procedimientos armonizados y la aplicación "
                            + "de la ley.",
                    List.of(commitment(DOP, 1), commitment(DOP, 2)), CBP_SAT, AGUILAR_ADUANAS, null,
                    InitiativeStatus.COMPLETED, Health.GREEN, null, Priority.LOW, date(2012, 4, 16),
                    date(2012, 12, 14)),
            new InitiativeSeed("DOP-2012-06", "Joint investigations and coordinated operations against contraband "
                    + "and commercial fraud",
                    "Investigaciones conjuntas y operaciones coordinadas contra el contrabando y el fraude comercial",
                    "Develop joint investigations and coordinated operations to combat contraband and commercial fraud.",
                    "Desarrollar investigaciones conjuntas y operaciones coordinadas para combatir el contrabando y el "
                            + "fraude comercial.",
                    List.of(commitment(DOP, 2)), Map.of("US", "ICE", "MX", "ADUANAS"), MORTON_ADUANAS, null,
                    InitiativeStatus.ACTIVE, Health.RED,
                    "The protocol for sharing case files is still under legal review on both sides; no joint "
                            + "operation can start before it is signed.",
                    Priority.HIGH, date(2012, 3, 1), date(2013, 12, 31)),
            new InitiativeSeed("DOP-2012-07", "Steering group and bilateral progress reporting",
                    "Grupo directivo e informes bilaterales de avance",
                    "The DHS–SHCP steering group oversees the implementation of the Declaration's initiatives and "
                            + "reports on them every quarter.",
                    "El Grupo Directivo DHS–SHCP supervisa la implementación de las iniciativas de la Declaración e "
                            + "informa sobre ellas cada trimestre.",
                    List.of(commitment(DOP, 5)), MINISTRIES, BERSIN_ADUANAS, null, InitiativeStatus.ACTIVE,
                    Health.GREEN, null, Priority.MEDIUM, date(2012, 2, 27), date(2014, 12, 31)),
            new InitiativeSeed("ISA-2012-01", "ISA connectivity framework: technical standards and security controls",
                    "Marco de conectividad del ISA: estándares técnicos y controles de seguridad",
                    "Set up the technical framework, standards and security controls that every DHS–SHCP connection "
                            + "uses.",
                    "Establecer el marco técnico, los estándares y los controles de seguridad que usa toda conexión "
                            + "entre el DHS y la SHCP.",
                    List.of(commitment(ISA, 1), commitment(ISA, 3)), CBP_SAT, AGUILAR_ADUANAS, null,
                    InitiativeStatus.ACTIVE, Health.AMBER,
                    "Security accreditation of the SAT endpoint waits for the penetration test report.",
                    Priority.HIGH, date(2012, 3, 1), date(2012, 12, 31)),
            new InitiativeSeed("ISA-2012-02", "New information-sharing programs under the ISA",
                    "Nuevos programas de intercambio de información bajo el ISA",
                    "Bring further DHS–SHCP information-sharing programs onto the ISA framework without negotiating "
                            + "a connectivity agreement for each.",
                    "Incorporar nuevos programas de intercambio de información entre el DHS y la SHCP al marco del ISA "
                            + "sin negociar un acuerdo de conectividad para cada uno.",
                    List.of(commitment(ISA, 2), commitment(ISA, 3)), MINISTRIES, BERSIN_ADUANAS, null,
                    InitiativeStatus.ON_HOLD, Health.AMBER,
                    "Waits for the security accreditation of the ISA connectivity framework.",
                    Priority.LOW, date(2013, 1, 15), date(2014, 6, 30)),
            new InitiativeSeed("GSCS-2012-01", "Mutual recognition of C-TPAT and NEEC",
                    "Reconocimiento mutuo de C-TPAT y NEEC",
                    "Compare the two trusted shipper programs, validate companies jointly and sign a mutual "
                            + "recognition arrangement.",
                    "Comparar los dos programas de empresas confiables, validar empresas de manera conjunta y firmar un "
                            + "arreglo de reconocimiento mutuo entre C-TPAT y el Nuevo Esquema de Empresas Certificadas.",
                    List.of(commitment(SUPPLY_CHAIN, 2), commitment(DOP, 4)), CBP_SAT, AGUILAR_ADUANAS, null,
                    InitiativeStatus.ACTIVE, Health.AMBER, "Joint validation visits are behind schedule: 6 of 12 done.",
                    Priority.HIGH, date(2012, 3, 1), date(2014, 6, 30)),
            new InitiativeSeed("GSCS-2012-02", "Bilateral action plan for global supply chain security",
                    "Plan de acción bilateral para la seguridad de la cadena global de suministro",
                    "A joint plan of the supply chain security initiatives both countries advance together.",
                    "Un plan conjunto de las iniciativas de seguridad de la cadena de suministro que ambos países "
                            + "impulsan juntos.",
                    List.of(commitment(SUPPLY_CHAIN, 1), commitment(DOP, 4)), MINISTRIES, BERSIN_ADUANAS, null,
                    InitiativeStatus.COMPLETED, Health.GREEN, null, Priority.MEDIUM, date(2012, 3, 1),
                    date(2012, 11, 30)),
            new InitiativeSeed("SEGOB-2012-01", "Global Entry for Mexican travelers",
                    "Global Entry para viajeros mexicanos",
                    "Open Global Entry to Mexican travelers, with vetting by both governments, to strengthen security "
                            + "and facilitate travel.",
                    "Abrir Global Entry a viajeros mexicanos, con la revisión de ambos gobiernos, para fortalecer la "
                            + "seguridad y facilitar los viajes.",
                    List.of(commitment(SEGOB, 3)), Map.of("US", "CBP", "MX", "INM"), AGUILAR_INM, null,
                    InitiativeStatus.ACTIVE, Health.GREEN, null, Priority.HIGH, date(2012, 3, 1), date(2013, 12, 31)),
            new InitiativeSeed("SEGOB-2012-02", "Humanitarian repatriation pilot by air",
                    "Programa piloto de repatriación humanitaria por vía aérea",
                    "ICE returns Mexican nationals by air to Mexico; Mexican partners take them on to their hometowns "
                            + "or communities instead of a return over the land border.",
                    "El ICE devuelve por vía aérea a nacionales mexicanos a México; las autoridades mexicanas los "
                            + "llevan a sus lugares de origen en lugar de repatriarlos por la frontera terrestre.",
                    List.of(commitment(SEGOB, 4)), Map.of("US", "ICE", "MX", "INM"), MORTON_INM, null,
                    InitiativeStatus.ACTIVE, Health.AMBER,
                    "Onward transport from the arrival airport to the home states is confirmed for only half of the "
                            + "planned flights.",
                    Priority.HIGH, date(2012, 4, 1), date(2012, 12, 31)),
            new InitiativeSeed("SEGOB-2012-03", "Cooperation against trafficking in persons",
                    "Cooperación contra la trata de personas",
                    "Bilateral and regional cooperation to identify victims and prosecute traffickers.",
                    "Cooperación bilateral y regional para identificar a las víctimas y perseguir a los tratantes.",
                    List.of(commitment(SEGOB, 1)), Map.of("US", "ICE", "MX", "SEGOB"), MORTON_INM, null,
                    InitiativeStatus.ACTIVE, Health.GREEN, null, Priority.HIGH, date(2012, 3, 15), date(2014, 3, 31)),
            new InitiativeSeed("SEGOB-2012-04", "Traveler screening against terrorists and other threats",
                    "Revisión de viajeros frente a terroristas y otras amenazas",
                    "Share the information needed to strengthen vigilance against terrorists and other security "
                            + "threats among travelers.",
                    "Compartir la información necesaria para fortalecer la vigilancia frente a terroristas y otras "
                            + "amenazas entre los viajeros.",
                    List.of(commitment(SEGOB, 2)), Map.of("US", "CBP", "MX", "INM"), AGUILAR_INM, null,
                    InitiativeStatus.PROPOSED, Health.GREEN, null, Priority.MEDIUM, date(2013, 1, 1),
                    date(2014, 12, 31)));

    static final List<NoteSeed> NOTES = List.of(
            new NoteSeed("DOP-2012-01", "US", false,
                    "First test exchange of manifest data between CBP and Mexican Customs went through on the ISA "
                            + "test link."),
            new NoteSeed("DOP-2012-01", "MX", false,
                    "Aduanas confirma la ventana de pruebas de la segunda semana de julio."),
            new NoteSeed("DOP-2012-06", "US", true,
                    "Internal: ask DHS counsel whether the case-file protocol can follow the ISA's data handling "
                            + "terms."),
            new NoteSeed("DOP-2012-06", "MX", true,
                    "Interno: la Procuraduría Fiscal revisa el protocolo; respuesta estimada a fin de mes."),
            new NoteSeed("SEGOB-2012-02", "US", false,
                    "ICE and INM agreed on the manifest format for each flight."),
            new NoteSeed("GSCS-2012-01", "MX", false,
                    "El SAT comparte la lista de empresas del NEEC propuestas para las validaciones conjuntas."));

    private DemoInitiatives() {
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
