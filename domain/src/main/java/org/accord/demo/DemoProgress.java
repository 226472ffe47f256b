package org.accord.demo;

import java.util.List;
import org.accord.initiative.Health;

/**
 * The first reporting period of the demo, 2012-Q2, and the updates the leads submitted in it; one of them is
 * translated, so that the bilingual report shows a translation beside others still missing.
 */
final class DemoProgress {

    static final String QUARTER = "2012-Q2";

    static final List<UpdateSeed> UPDATES = List.of(
            new UpdateSeed("DOP-2012-01", "US", "aguilar", "Data dictionary agreed with Mexican Customs on 8 June.",
                    "First automated exchange of manifests once the ISA connectivity test passes.", Health.GREEN, true,
                    null, new UpdateSeed.Translation(
                            "Diccionario de datos acordado con Aduanas de México el 8 de junio.",
                            "Primer intercambio automatizado de manifiestos en cuanto pase la prueba de conectividad "
                                    + "del ISA.")),
            new UpdateSeed("DOP-2012-01", "MX", "lead.mx", "Diccionario de datos acordado con la CBP el 8 de junio.",
                    "Preparar los servidores para el primer intercambio de manifiestos.", Health.GREEN, false, null, null),
            new UpdateSeed("DOP-2012-02", "US", "aguilar", "Working group on shared risk indicators met in April.",
                    "Agree the indicators.", Health.AMBER, false,
                    "Please say when the working group reviews the indicators and what the re-baseline means for Nuevo Laredo.", null),
            new UpdateSeed("SEGOB-2012-02", "MX", "lead.inm",
                    "Procedimientos de repatriación por vía aérea acordados el 25 de mayo.",
                    "Acordar la recepción en el interior antes de los primeros vuelos.", Health.AMBER, false, null, null));

    private DemoProgress() {
    }
}
