package org.accord.generator;

import java.util.List;

/** The words generated records are made of, in English and Spanish, in the spirit of the 2012 agreements. */
final class Vocabulary {

    record Words(String en, String es) {
    }

    static final List<String> US_FIRST_NAMES = List.of("Laura", "Michael", "Karen", "David", "Sarah", "James",
            "Emily", "Robert", "Megan", "Daniel", "Rachel", "Thomas", "Ashley", "Kevin", "Nicole", "Brian", "Julia",
            "Steven", "Amanda", "Gregory");
    static final List<String> US_LAST_NAMES = List.of("Carter", "Whitfield", "Brennan", "Okafor", "Delgado",
            "Harrison", "Nguyen", "Sullivan", "Mitchell", "Kowalski", "Ramsey", "Fitzgerald", "Bishop", "Holloway",
            "Chen", "Patterson", "Garrison", "Lindqvist", "Moreno", "Abernathy");
    static final List<String> MX_FIRST_NAMES = List.of("José", "María", "Alejandro", "Guadalupe", "Raúl",
            "Verónica", "Andrés", "Mónica", "Héctor", "Lucía", "Sergio", "Adriana", "Jesús", "Teresa", "Martín",
            "Beatriz", "Óscar", "Rocío", "Joaquín", "Inés");
    static final List<String> MX_LAST_NAMES = List.of("Hernández", "García", "Martínez", "López", "González",
            "Pérez", "Sánchez", "Ramírez", "Núñez", "Ibáñez", "Cortés", "Muñoz", "Domínguez", "Gutiérrez", "Peña",
            "Saldaña", "Zúñiga", "Castañeda", "Ordóñez", "Villaseñor");

    static final List<String> US_LEAD_AGENCIES = List.of("CBP", "CBP", "ICE", "DHS-OIA", "DHS", "US-EMB-MX");
    static final List<String> MX_LEAD_AGENCIES = List.of("ADUANAS", "ADUANAS", "SAT", "SHCP", "INM", "SEGOB");

    static final List<Words> AGREEMENT_SUBJECTS = List.of(
            new Words("Cargo Pre-inspection", "Preinspección de Carga"),
            new Words("Customs Data Exchange", "Intercambio de Datos Aduaneros"),
            new Words("Trusted Traveler Programs", "Programas de Viajeros Confiables"),
            new Words("Rail Cargo Security", "Seguridad de la Carga Ferroviaria"),
            new Words("Air Cargo Screening", "Revisión de Carga Aérea"),
            new Words("Border Infrastructure", "Infraestructura Fronteriza"),
            new Words("Contraband Enforcement", "Combate al Contrabando"),
            new Words("Commercial Fraud Investigations", "Investigaciones de Fraude Comercial"),
            new Words("Supply Chain Resilience", "Resiliencia de la Cadena de Suministro"),
            new Words("Repatriation Procedures", "Procedimientos de Repatriación"),
            new Words("Maritime Port Security", "Seguridad de Puertos Marítimos"),
            new Words("Customs Training", "Capacitación Aduanera"));

    static final List<Words> COMMITMENTS = List.of(
            new Words("Facilitation of legitimate trade", "Facilitación del comercio legítimo"),
            new Words("Enforcement of customs laws", "Aplicación de la legislación aduanera"),
            new Words("Targeting and risk management", "Focalización y administración de riesgos"),
            new Words("Global supply chain security", "Seguridad de la cadena global de suministro"),
            new Words("Information exchange standards", "Estándares de intercambio de información"),
            new Words("Joint training and exchanges of staff", "Capacitación conjunta e intercambio de personal"),
            new Words("Coordinated operations", "Operaciones coordinadas"),
            new Words("Travel facilitation", "Facilitación de viajes"),
            new Words("Protection of migrants", "Protección de los migrantes"),
            new Words("Oversight and reporting", "Supervisión e informes"));

    static final List<Words> ACTIONS = List.of(
            new Words("Pilot of %s at %s", "Piloto de %s en %s"),
            new Words("Rollout of %s at %s", "Implantación de %s en %s"),
            new Words("Joint assessment of %s at %s", "Evaluación conjunta de %s en %s"),
            new Words("Training on %s at %s", "Capacitación sobre %s en %s"),
            new Words("Standard procedures for %s at %s", "Procedimientos estándar para %s en %s"),
            new Words("Data exchange on %s at %s", "Intercambio de datos sobre %s en %s"));

    static final List<Words> TOPICS = List.of(
            new Words("advance cargo information", "la información anticipada de carga"),
            new Words("risk targeting of commercial cargo", "la focalización de riesgos de la carga comercial"),
            new Words("passenger risk assessment", "la evaluación de riesgos de pasajeros"),
            new Words("C-TPAT and NEEC joint validations", "las validaciones conjuntas C-TPAT y NEEC"),
            new Words("non-intrusive inspection equipment", "los equipos de inspección no intrusiva"),
            new Words("electronic customs declarations", "los pedimentos electrónicos"),
            new Words("seizure reporting", "los informes de decomisos"),
            new Words("trade fraud case referrals", "la remisión de casos de fraude comercial"),
            new Words("trusted traveler enrollment", "la inscripción de viajeros confiables"),
            new Words("humanitarian repatriation flights", "los vuelos de repatriación humanitaria"),
            new Words("victim identification in trafficking cases", "la identificación de víctimas de trata"),
            new Words("connectivity under the ISA", "la conectividad bajo el ISA"));

    static final List<String> PLACES = List.of("Nuevo Laredo–Laredo", "Nogales", "Tijuana–San Ysidro",
            "Ciudad Juárez–El Paso", "Mexicali–Calexico", "Reynosa–Pharr", "Matamoros–Brownsville", "Manzanillo",
            "Lázaro Cárdenas", "Veracruz", "Mexico City airport", "Monterrey");

    static final List<Words> AMBER_REASONS = List.of(
            new Words("Milestone slipped a month: the data dictionary is still under review.",
                    "El hito se retrasó un mes: el diccionario de datos sigue en revisión."),
            new Words("Staff for the joint team not yet assigned on one side.",
                    "El personal del equipo conjunto aún no está asignado en una de las partes."),
            new Words("Equipment delivery delayed by procurement.",
                    "La entrega de equipo se retrasó por el proceso de adquisición."),
            new Words("Training calendar moved to the next quarter.",
                    "El calendario de capacitación pasó al siguiente trimestre."));

    static final List<Words> RED_REASONS = List.of(
            new Words("Legal review of the information-sharing terms blocks the next step.",
                    "La revisión jurídica de los términos de intercambio de información bloquea el siguiente paso."),
            new Words("Funding for the second phase is not approved.",
                    "El financiamiento de la segunda fase no está aprobado."),
            new Words("Connectivity tests failed twice; the security accreditation has lapsed.",
                    "Las pruebas de conectividad fallaron dos veces; la acreditación de seguridad venció."));

    static final List<Words> MILESTONES = List.of(
            new Words("Kick-off meeting of the joint team", "Reunión de arranque del equipo conjunto"),
            new Words("Data dictionary agreed", "Diccionario de datos acordado"),
            new Words("Connectivity test under the ISA", "Prueba de conectividad bajo el ISA"),
            new Words("Staff training delivered", "Capacitación del personal impartida"),
            new Words("Standard operating procedures signed", "Procedimientos operativos firmados"),
            new Words("Pilot starts", "Inicio del piloto"),
            new Words("Equipment installed", "Equipo instalado"),
            new Words("Joint evaluation report", "Informe de evaluación conjunta"),
            new Words("Legal review completed", "Revisión jurídica concluida"),
            new Words("Officers assigned on both sides", "Oficiales asignados en ambas partes"));

    static final List<Words> REBASELINE_REASONS = List.of(
            new Words("Scope grew after the joint assessment.", "El alcance creció tras la evaluación conjunta."),
            new Words("Procurement rules require a new tender.", "Las reglas de adquisiciones exigen una nueva licitación."),
            new Words("Agreed by the co-chairs at the quarterly review.",
                    "Acordado por los copresidentes en la revisión trimestral."));

    static final List<Words> MILESTONE_NOTES = List.of(
            new Words("Waiting for the other side's data dictionary.", "En espera del diccionario de datos de la otra parte."),
            new Words("Trainers rescheduled by the academy.", "La academia reprogramó a los instructores."),
            new Words("Port authority permit still pending.", "El permiso de la autoridad portuaria sigue pendiente."));

    static final List<Words> ACCOMPLISHMENTS = List.of(
            new Words("Joint working group met twice; minutes shared.", "El grupo de trabajo conjunto se reunió dos veces; minutas compartidas."),
            new Words("First officers trained at the port of entry.", "Primeros oficiales capacitados en el puerto de entrada."),
            new Words("Test messages exchanged successfully.", "Mensajes de prueba intercambiados con éxito."),
            new Words("Procedures drafted and sent for legal review.", "Procedimientos redactados y enviados a revisión jurídica."));

    static final List<Words> NEXT_STEPS = List.of(
            new Words("Extend the pilot to a second crossing.", "Extender el piloto a un segundo cruce."),
            new Words("Sign the standard procedures.", "Firmar los procedimientos estándar."),
            new Words("Run the joint evaluation.", "Realizar la evaluación conjunta."));

    /** Who signs a generated agreement for a party: a title and the agency it belongs to. */
    record Office(String title, String agencyCode) {
    }

    static final List<Office> US_SIGNING_OFFICES = List.of(
            new Office("Assistant Secretary for International Affairs", "DHS-OIA"),
            new Office("Commissioner, U.S. Customs and Border Protection", "CBP"),
            new Office("Director, U.S. Immigration and Customs Enforcement", "ICE"));

    static final List<Office> MX_SIGNING_OFFICES = List.of(
            new Office("Administrador General de Aduanas", "ADUANAS"),
            new Office("Jefe del Servicio de Administración Tributaria", "SAT"),
            new Office("Comisionado del Instituto Nacional de Migración", "INM"));

    private Vocabulary() {
    }
}
