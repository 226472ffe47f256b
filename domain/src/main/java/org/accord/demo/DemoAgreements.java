package org.accord.demo;

import java.util.List;
import java.util.Map;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.MeetingCadence;
import org.accord.agreement.SignatoryDraft;
import org.accord.demo.AgreementSeed.CommitmentSeed;
import org.accord.demo.AgreementSeed.GovernanceSeed;

/**
 * The four instruments of 27 February 2012 in Mexico City, as the DHS press release (shared/seed) describes
 * them. The release says that Secretary Napolitano signed two agreements with Secretary Meade (the Declaration
 * and the ISA), issued the Joint Statement with him, and signed one with Secretary Poiré.
 */
final class DemoAgreements {

    static final String DOP = "DOP-2012";
    static final String ISA = "ISA-2012";
    static final String SUPPLY_CHAIN = "GSCS-2012";
    static final String SEGOB = "DHS-SEGOB-2012";

    private static final SignatoryDraft NAPOLITANO = new SignatoryDraft("US", "Janet Napolitano",
            "Secretary of Homeland Security", "DHS");
    private static final SignatoryDraft MEADE = new SignatoryDraft("MX", "José Antonio Meade",
            "Secretary of Finance and Public Credit (Secretario de Hacienda y Crédito Público)", "SHCP");
    private static final SignatoryDraft POIRE = new SignatoryDraft("MX", "Alejandro Poiré",
            "Secretary of the Interior (Secretario de Gobernación)", "SEGOB");

    static final List<AgreementSeed> ALL = List.of(
            new AgreementSeed(DOP, "Declaration of Principles between DHS and SHCP",
                    "Declaración de Principios entre el DHS y la SHCP", AgreementKind.DECLARATION_OF_PRINCIPLES,
                    """
                    Affirms the mutual goals and priority initiatives of the U.S. Department of Homeland Security \
                    (DHS) and Mexico's Finance Ministry (SHCP) related to the facilitation of legitimate trade, the \
                    enforcement of customs laws, targeting and risk management, and the strengthening of global \
                    supply chain security, and outlines the leadership for overseeing the implementation of those \
                    initiatives. Signed in Mexico City on 27 February 2012 by Secretary of Homeland Security Janet \
                    Napolitano and Finance Secretary José Antonio Meade.""",
                    """
                    Afirma los objetivos comunes y las iniciativas prioritarias del Departamento de Seguridad \
                    Nacional de los Estados Unidos (DHS) y de la Secretaría de Hacienda y Crédito Público (SHCP) en \
                    materia de facilitación del comercio legítimo, aplicación de la legislación aduanera, \
                    focalización y administración de riesgos, y fortalecimiento de la seguridad de la cadena global \
                    de suministro, y define el liderazgo para supervisar la implementación de esas iniciativas. \
                    Firmada en la Ciudad de México el 27 de febrero de 2012 por la Secretaria de Seguridad Nacional, \
                    Janet Napolitano, y el Secretario de Hacienda y Crédito Público, José Antonio Meade.""",
                    List.of(NAPOLITANO, MEADE),
                    List.of(new CommitmentSeed(1, "Facilitation of legitimate trade", "Facilitación del comercio legítimo",
                                    "Secretary Meade: harmonizing the information and procedures for processing "
                                            + "commercial cargo through customs, including trainings.",
                                    "Secretario Meade: armonizar la información y los procedimientos para el despacho "
                                            + "aduanero de la carga comercial, incluida la capacitación."),
                            new CommitmentSeed(2, "Enforcement of customs laws", "Aplicación de la legislación aduanera",
                                    "Secretary Meade: developing investigations and effecting coordinated operations "
                                            + "to combat contraband and commercial fraud.",
                                    "Secretario Meade: desarrollar investigaciones y realizar operaciones coordinadas "
                                            + "para combatir el contrabando y el fraude comercial."),
                            new CommitmentSeed(3, "Targeting and risk management",
                                    "Focalización y administración de riesgos",
                                    "Secretary Meade: reinforcing the automated mechanisms for exchanging customs "
                                            + "information and for managing risk in the flows of commercial cargo and "
                                            + "passengers.",
                                    "Secretario Meade: reforzar los mecanismos automatizados de intercambio de "
                                            + "información aduanera y de administración de riesgos en los flujos de "
                                            + "carga comercial y de pasajeros."),
                            new CommitmentSeed(4, "Strengthening global supply chain security",
                                    "Fortalecimiento de la seguridad de la cadena global de suministro",
                                    "Advanced together with the Joint Statement on Global Supply Chain Security.",
                                    "Se impulsa junto con la Declaración Conjunta sobre la Seguridad de la Cadena "
                                            + "Global de Suministro."),
                            new CommitmentSeed(5, "Leadership for overseeing the implementation",
                                    "Liderazgo para supervisar la implementación",
                                    "The Declaration outlines the leadership for overseeing the implementation of "
                                            + "its initiatives.",
                                    "La Declaración define el liderazgo para supervisar la implementación de sus "
                                            + "iniciativas.")),
                    new GovernanceSeed("DHS–SHCP Steering Group", "Grupo Directivo DHS–SHCP", MeetingCadence.QUARTERLY,
                            Map.of("US", "bersin", "MX", "lead.mx"),
                            List.of("aguilar", "morton", "pm.us", "pm.mx", "liaison.us", "liaison.mx"))),
            new AgreementSeed(ISA, "Interconnection Security Agreement (ISA) between DHS and SHCP",
                    "Acuerdo de Seguridad de Interconexión (ISA) entre el DHS y la SHCP",
                    AgreementKind.INTERCONNECTION_SECURITY_AGREEMENT,
                    """
                    Supports interconnectivity and information exchange by prescribing a technical framework and \
                    standards. It facilitates information sharing initiatives between DHS and SHCP and ensures that \
                    future connectivity agreements do not have to be negotiated individually for each program. \
                    Signed in Mexico City on 27 February 2012 by Secretary Napolitano and Secretary Meade.""",
                    """
                    Apoya la interconectividad y el intercambio de información mediante un marco técnico y \
                    estándares. Facilita las iniciativas de intercambio de información entre el DHS y la SHCP y \
                    asegura que los futuros acuerdos de conectividad no tengan que negociarse por separado para cada \
                    programa. Firmado en la Ciudad de México el 27 de febrero de 2012 por la Secretaria Napolitano y \
                    el Secretario Meade.""",
                    List.of(NAPOLITANO, MEADE),
                    List.of(new CommitmentSeed(1, "Technical framework and standards for interconnection",
                                    "Marco técnico y estándares de interconexión",
                                    "The technical framework and standards that every interconnection between DHS "
                                            + "and SHCP follows.",
                                    "El marco técnico y los estándares que sigue toda interconexión entre el DHS y "
                                            + "la SHCP."),
                            new CommitmentSeed(2, "Information sharing between DHS and SHCP",
                                    "Intercambio de información entre el DHS y la SHCP",
                                    "Facilitate the information sharing initiatives between DHS and SHCP.",
                                    "Facilitar las iniciativas de intercambio de información entre el DHS y la SHCP."),
                            new CommitmentSeed(3, "No separate negotiation for each connectivity program",
                                    "Sin negociación por separado para cada programa de conectividad",
                                    "Future connectivity agreements do not have to be negotiated individually for "
                                            + "each program.",
                                    "Los futuros acuerdos de conectividad no tienen que negociarse por separado para "
                                            + "cada programa.")),
                    new GovernanceSeed("ISA Technical Working Group", "Grupo de Trabajo Técnico del ISA",
                            MeetingCadence.MONTHLY, Map.of("US", "aguilar", "MX", "lead.mx"),
                            List.of("pm.us", "pm.mx", "liaison.mx"))),
            new AgreementSeed(SUPPLY_CHAIN, "Joint Statement on Global Supply Chain Security",
                    "Declaración Conjunta sobre la Seguridad de la Cadena Global de Suministro",
                    AgreementKind.JOINT_STATEMENT,
                    """
                    Issued by Secretary Napolitano and Secretary Meade: articulates the joint commitment to \
                    bilaterally advancing global supply chain security initiatives, including each country's trusted \
                    shipper programs, the Customs-Trade Partnership Against Terrorism (C-TPAT) and Mexico's NEEC \
                    (New Scheme of Certified Companies).""",
                    """
                    Emitida por la Secretaria Napolitano y el Secretario Meade: expresa el compromiso conjunto de \
                    impulsar bilateralmente las iniciativas de seguridad de la cadena global de suministro, incluidos \
                    los programas de empresas confiables de cada país: el C-TPAT (Customs-Trade Partnership Against \
                    Terrorism) de los Estados Unidos y el Nuevo Esquema de Empresas Certificadas (NEEC) de México.""",
                    List.of(NAPOLITANO, MEADE),
                    List.of(new CommitmentSeed(1, "Bilateral advancement of global supply chain security initiatives",
                                    "Impulso bilateral de las iniciativas de seguridad de la cadena global de suministro",
                                    "Bilaterally advancing global supply chain security initiatives.",
                                    "Impulsar bilateralmente las iniciativas de seguridad de la cadena global de "
                                            + "suministro."),
                            new CommitmentSeed(2, "Trusted shipper programs: C-TPAT and NEEC",
                                    "Programas de empresas confiables: C-TPAT y NEEC",
                                    "Each country's trusted shipper program: C-TPAT in the United States and the NEEC "
                                            + "in Mexico.",
                                    "El programa de empresas confiables de cada país: el C-TPAT en los Estados Unidos "
                                            + "y el Nuevo Esquema de Empresas Certificadas (NEEC) en México.")),
                    new GovernanceSeed("Supply Chain Security Working Group",
                            "Grupo de Trabajo de Seguridad de la Cadena de Suministro", MeetingCadence.QUARTERLY,
                            Map.of("US", "aguilar", "MX", "lead.mx"), List.of("bersin", "liaison.us", "liaison.mx"))),
            new AgreementSeed(SEGOB,
                    "DHS–SEGOB Arrangements on Trafficking in Persons, Global Entry and Humanitarian Repatriation",
                    "Acuerdos DHS–SEGOB sobre trata de personas, Global Entry y repatriación humanitaria",
                    AgreementKind.OTHER,
                    """
                    Signed in Mexico City on 27 February 2012 by Secretary Napolitano and Secretary of the Interior \
                    (SEGOB) Alejandro Poiré, with the cooperation they discussed and announced that day: bilateral \
                    and regional cooperation to combat trafficking in persons; stronger vigilance against terrorists \
                    and other security threats; Global Entry in the United States and Mexico to strengthen security \
                    and facilitate travel; and a humanitarian repatriation pilot program to degrade the cycle of \
                    smuggling that endangers the lives of those seeking to enter the United States illegally.""",
                    """
                    Firmado en la Ciudad de México el 27 de febrero de 2012 por la Secretaria Napolitano y el \
                    Secretario de Gobernación, Alejandro Poiré, con la cooperación que trataron y anunciaron ese día: \
                    cooperación bilateral y regional para combatir la trata de personas; mayor vigilancia frente a \
                    terroristas y otras amenazas a la seguridad; Global Entry en los Estados Unidos y México para \
                    fortalecer la seguridad y facilitar los viajes; y un programa piloto de repatriación humanitaria \
                    para romper el ciclo del tráfico ilícito de personas que pone en peligro la vida de quienes \
                    intentan entrar ilegalmente a los Estados Unidos.""",
                    List.of(NAPOLITANO, POIRE),
                    List.of(new CommitmentSeed(1, "Cooperation to combat trafficking in persons",
                                    "Cooperación para combatir la trata de personas",
                                    "Bilateral and regional cooperation to combat trafficking in persons.",
                                    "Cooperación bilateral y regional para combatir la trata de personas."),
                            new CommitmentSeed(2, "Vigilance against terrorists and other security threats",
                                    "Vigilancia frente a terroristas y otras amenazas a la seguridad",
                                    "Strengthening vigilance against terrorists and other security threats.",
                                    "Fortalecer la vigilancia frente a terroristas y otras amenazas a la seguridad."),
                            new CommitmentSeed(3, "Global Entry in the United States and Mexico",
                                    "Global Entry en los Estados Unidos y México",
                                    "Global Entry helps strengthen security and facilitate travel between the two "
                                            + "countries.",
                                    "Global Entry ayuda a fortalecer la seguridad y a facilitar los viajes entre ambos "
                                            + "países."),
                            new CommitmentSeed(4, "Humanitarian repatriation pilot program",
                                    "Programa piloto de repatriación humanitaria",
                                    "ICE returns Mexican nationals by air to Mexico, where Mexican partners return "
                                            + "them to their hometowns or communities rather than over the land border, "
                                            + "to sever the link between criminal organizations and those they prey upon.",
                                    "El ICE devuelve por vía aérea a nacionales mexicanos a México, donde las "
                                            + "autoridades mexicanas los llevan a sus lugares de origen en lugar de "
                                            + "repatriarlos por la frontera terrestre, para romper el vínculo entre las "
                                            + "organizaciones criminales y sus víctimas.")),
                    new GovernanceSeed("DHS–SEGOB Coordination Group", "Grupo de Coordinación DHS–SEGOB",
                            MeetingCadence.QUARTERLY, Map.of("US", "morton", "MX", "lead.inm"),
                            List.of("bersin", "aguilar", "pm.us", "pm.mx", "liaison.us"))));

    private DemoAgreements() {
    }
}
