package org.accord.generator;

/**
 * How large a portfolio to generate: agreements, initiatives, oversight leads per party, milestones per
 * initiative, quarters of reporting periods, and the seed that makes the data repeatable (same settings, same data).
 */
public record GeneratorSettings(int agreements, int initiatives, int leadsPerParty, int milestonesPerInitiative,
                                int quarters, long seed) {

    public static final int MAX_AGREEMENTS = 999;
    public static final int MAX_INITIATIVES = 99_999;
    public static final int MAX_LEADS_PER_PARTY = 9_999;
    public static final int MAX_MILESTONES_PER_INITIATIVE = 100;
    public static final int MAX_QUARTERS = 40;

    public GeneratorSettings {
        check("accord.generate.agreements", agreements, 1, MAX_AGREEMENTS);
        check("accord.generate.initiatives", initiatives, 0, MAX_INITIATIVES);
        check("accord.generate.leads-per-party", leadsPerParty, 2, MAX_LEADS_PER_PARTY);
        check("accord.generate.milestones-per-initiative", milestonesPerInitiative, 0, MAX_MILESTONES_PER_INITIATIVE);
        check("accord.generate.quarters", quarters, 0, MAX_QUARTERS);
    }

    private static void check(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("%s must be between %d and %d, not %d".formatted(setting, min, max, value));
        }
    }
}
