package org.accord.generator;

/**
 * How large a portfolio to generate: agreements, initiatives, oversight leads per party, milestones per
 * initiative, quarters of reporting periods, the seed that makes the data repeatable (same settings, same data),
 * liaison users per party and tasks per initiative (assigned to those liaisons).
 */
public record GeneratorSettings(int agreements, int initiatives, int leadsPerParty, int milestonesPerInitiative,
                                int quarters, long seed, int liaisonsPerParty, int tasksPerInitiative) {

    public static final int MAX_AGREEMENTS = 999;
    public static final int MAX_INITIATIVES = 99_999;
    public static final int MAX_LEADS_PER_PARTY = 9_999;
    public static final int MAX_MILESTONES_PER_INITIATIVE = 100;
    public static final int MAX_QUARTERS = 40;
    public static final int MAX_LIAISONS_PER_PARTY = 9_999;
    public static final int MAX_TASKS_PER_INITIATIVE = 1_000;

    public GeneratorSettings {
        check("accord.generate.agreements", agreements, 1, MAX_AGREEMENTS);
        check("accord.generate.initiatives", initiatives, 0, MAX_INITIATIVES);
        check("accord.generate.leads-per-party", leadsPerParty, 2, MAX_LEADS_PER_PARTY);
        check("accord.generate.milestones-per-initiative", milestonesPerInitiative, 0, MAX_MILESTONES_PER_INITIATIVE);
        check("accord.generate.quarters", quarters, 0, MAX_QUARTERS);
        check("accord.generate.liaisons-per-party", liaisonsPerParty, 0, MAX_LIAISONS_PER_PARTY);
        check("accord.generate.tasks-per-initiative", tasksPerInitiative, 0, MAX_TASKS_PER_INITIATIVE);
        if (tasksPerInitiative > 0 && liaisonsPerParty < 2) {
            throw new IllegalArgumentException(
                    "accord.generate.tasks-per-initiative needs accord.generate.liaisons-per-party of 2 or more");
        }
    }

    /** A portfolio without liaisons and tasks. */
    public GeneratorSettings(int agreements, int initiatives, int leadsPerParty, int milestonesPerInitiative,
                             int quarters, long seed) {
        this(agreements, initiatives, leadsPerParty, milestonesPerInitiative, quarters, seed, 0, 0);
    }

    private static void check(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("%s must be between %d and %d, not %d".formatted(setting, min, max, value));
        }
    }
}
