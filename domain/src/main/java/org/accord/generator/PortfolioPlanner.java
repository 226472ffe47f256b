package org.accord.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.MeetingCadence;
import org.accord.generator.PortfolioPlan.CommitmentKey;
import org.accord.generator.PortfolioPlan.Lead;
import org.accord.generator.PortfolioPlan.PlannedAgreement;
import org.accord.generator.PortfolioPlan.PlannedCommitment;
import org.accord.generator.PortfolioPlan.PlannedGovernance;
import org.accord.generator.PortfolioPlan.PlannedInitiative;
import org.accord.generator.PortfolioPlan.PlannedSignatory;
import org.accord.generator.PortfolioPlan.Side;
import org.accord.generator.Vocabulary.Office;
import org.accord.generator.Vocabulary.Words;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.Priority;
import org.accord.people.Language;

/**
 * Decides the generated portfolio from the settings alone: one {@link Random} seeded with the settings' seed,
 * drawn in a fixed order, so the same settings always give the same plan.
 */
final class PortfolioPlanner {

    static final String AGREEMENT_PREFIX = "GEN-A";
    static final String INITIATIVE_PREFIX = "GEN-I";
    static final String LEAD_PREFIX = "gen.";

    private static final LocalDate FIRST_START = LocalDate.of(2012, 3, 1);
    private static final int START_DAYS = (int) (LocalDate.of(2015, 1, 1).toEpochDay() - FIRST_START.toEpochDay());
    private static final List<AgreementKind> KINDS = List.of(AgreementKind.MEMORANDUM, AgreementKind.MEMORANDUM,
            AgreementKind.JOINT_STATEMENT, AgreementKind.PILOT_PROGRAM, AgreementKind.DECLARATION_OF_PRINCIPLES,
            AgreementKind.INTERCONNECTION_SECURITY_AGREEMENT, AgreementKind.OTHER);

    private final GeneratorSettings settings;
    private final Random random;

    private PortfolioPlanner(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    static PortfolioPlan plan(GeneratorSettings settings) {
        return new PortfolioPlanner(settings).plan();
    }

    static String agreementCode(int index) {
        return AGREEMENT_PREFIX + String.format(Locale.ROOT, "%03d", index + 1);
    }

    static String initiativeCode(int index) {
        return INITIATIVE_PREFIX + String.format(Locale.ROOT, "%05d", index + 1);
    }

    static String leadUsername(String partyCode, int index) {
        return LEAD_PREFIX + partyCode.toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, ".%04d", index + 1);
    }

    private PortfolioPlan plan() {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < settings.leadsPerParty(); i++) {
            leads.add(lead("US", i));
            leads.add(lead("MX", i));
        }
        List<PlannedAgreement> agreements = new ArrayList<>();
        for (int i = 0; i < settings.agreements(); i++) {
            agreements.add(agreement(i));
        }
        List<PlannedInitiative> initiatives = new ArrayList<>();
        for (int i = 0; i < settings.initiatives(); i++) {
            initiatives.add(initiative(i, agreements));
        }
        return new PortfolioPlan(leads, agreements, initiatives);
    }

    private Lead lead(String partyCode, int index) {
        boolean us = partyCode.equals("US");
        String agency = pick(us ? Vocabulary.US_LEAD_AGENCIES : Vocabulary.MX_LEAD_AGENCIES);
        return new Lead(leadUsername(partyCode, index), uniqueName(us, index), partyCode, agency,
                us ? Language.EN : Language.ES);
    }

    /** Different for every index of a party: first names cycle, last names shift by one each round. */
    static String uniqueName(boolean us, int index) {
        List<String> first = us ? Vocabulary.US_FIRST_NAMES : Vocabulary.MX_FIRST_NAMES;
        List<String> last = us ? Vocabulary.US_LAST_NAMES : Vocabulary.MX_LAST_NAMES;
        int round = index / first.size();
        String name = first.get(index % first.size()) + " " + last.get((index + round) % last.size());
        int combinations = first.size() * last.size();
        return index < combinations ? name : name + " " + (index / combinations + 1);
    }

    private PlannedAgreement agreement(int index) {
        String code = agreementCode(index);
        Words subject = pick(Vocabulary.AGREEMENT_SUBJECTS);
        AgreementKind kind = pick(KINDS);
        LocalDate signedOn = LocalDate.of(2008, 1, 15).plusDays(random.nextInt(7 * 365));
        int chance = random.nextInt(100);
        AgreementStatus status = chance < 80 ? AgreementStatus.IN_FORCE
                : chance < 92 ? AgreementStatus.EXPIRED : AgreementStatus.SUPERSEDED;
        String titleEn = kindEn(kind) + " on " + subject.en() + " (" + signedOn.getYear() + ")";
        String titleEs = kindEs(kind) + " sobre " + subject.es() + " (" + signedOn.getYear() + ")";
        Office usOffice = pick(Vocabulary.US_SIGNING_OFFICES);
        Office mxOffice = pick(Vocabulary.MX_SIGNING_OFFICES);
        List<PlannedSignatory> signatories = List.of(
                new PlannedSignatory("US", fullName(true), usOffice.title(), usOffice.agencyCode()),
                new PlannedSignatory("MX", fullName(false), mxOffice.title(), mxOffice.agencyCode()));
        List<PlannedCommitment> commitments = new ArrayList<>();
        List<Words> themes = pickDistinct(Vocabulary.COMMITMENTS, 3 + random.nextInt(4));
        for (int n = 0; n < themes.size(); n++) {
            Words theme = themes.get(n);
            commitments.add(new PlannedCommitment(n + 1, theme.en(), theme.es(),
                    theme.en() + " in the field of " + subject.en().toLowerCase(Locale.ROOT) + ".",
                    theme.es() + " en materia de " + subject.es().toLowerCase(Locale.ROOT) + "."));
        }
        var governance = new PlannedGovernance("Steering group " + code, "Grupo directivo " + code,
                pick(List.of(MeetingCadence.values())), leadUsername("US", random.nextInt(settings.leadsPerParty())),
                leadUsername("MX", random.nextInt(settings.leadsPerParty())), members());
        return new PlannedAgreement(code, titleEn, titleEs, kind, signedOn, pick(Vocabulary.PLACES), status,
                "Generated agreement " + code + " on " + subject.en().toLowerCase(Locale.ROOT) + ".",
                "Acuerdo generado " + code + " sobre " + subject.es().toLowerCase(Locale.ROOT) + ".", signatories,
                commitments, governance);
    }

    private List<String> members() {
        Set<String> members = new LinkedHashSet<>();
        int count = 2 + random.nextInt(3);
        while (members.size() < count) {
            members.add(leadUsername(random.nextBoolean() ? "US" : "MX", random.nextInt(settings.leadsPerParty())));
        }
        return List.copyOf(members);
    }

    private PlannedInitiative initiative(int index, List<PlannedAgreement> agreements) {
        PlannedAgreement agreement = agreements.get(random.nextInt(agreements.size()));
        List<CommitmentKey> commitments = pickDistinct(agreement.commitments(), 1 + random.nextInt(3)).stream()
                .map(commitment -> new CommitmentKey(agreement.code(), commitment.number())).toList();
        Words action = pick(Vocabulary.ACTIONS);
        Words topic = pick(Vocabulary.TOPICS);
        String place = pick(Vocabulary.PLACES);
        InitiativeStatus status = status();
        Health health = health(status);
        boolean spanishReason = random.nextBoolean();
        String reason = switch (health) {
            case GREEN -> null;
            case AMBER -> text(pick(Vocabulary.AMBER_REASONS), spanishReason);
            case RED -> text(pick(Vocabulary.RED_REASONS), spanishReason);
        };
        LocalDate start = FIRST_START.plusDays(random.nextInt(START_DAYS));
        LocalDate end = start.plusMonths(3 + random.nextInt(28));
        List<Side> sides = List.of(side("US", start, end), side("MX", start, end));
        String titleEn = action.en().formatted(topic.en(), place);
        String titleEs = action.es().formatted(topic.es(), place);
        return new PlannedInitiative(initiativeCode(index), titleEn, titleEs,
                titleEn + ", serving " + agreement.code() + ".", titleEs + ", al servicio de " + agreement.code() + ".",
                status, health, reason, priority(), start, end, commitments, sides);
    }

    private Side side(String partyCode, LocalDate start, LocalDate end) {
        List<String> agencies = partyCode.equals("US") ? Vocabulary.US_LEAD_AGENCIES : Vocabulary.MX_LEAD_AGENCIES;
        String agency = pick(agencies);
        String lead = leadUsername(partyCode, random.nextInt(settings.leadsPerParty()));
        if (random.nextInt(100) >= 15) {
            return new Side(partyCode, agency, lead, null, null);
        }
        String previous = lead;
        while (previous.equals(lead)) {
            previous = leadUsername(partyCode, random.nextInt(settings.leadsPerParty()));
        }
        long days = Math.max(1, end.toEpochDay() - start.toEpochDay());
        return new Side(partyCode, agency, lead, previous, start.plusDays(1 + random.nextLong(days)));
    }

    private InitiativeStatus status() {
        int chance = random.nextInt(100);
        return chance < 10 ? InitiativeStatus.PROPOSED
                : chance < 65 ? InitiativeStatus.ACTIVE
                : chance < 75 ? InitiativeStatus.ON_HOLD
                : chance < 95 ? InitiativeStatus.COMPLETED : InitiativeStatus.CANCELLED;
    }

    private Health health(InitiativeStatus status) {
        int chance = random.nextInt(100);
        if (status == InitiativeStatus.COMPLETED || status == InitiativeStatus.CANCELLED) {
            return chance < 90 ? Health.GREEN : Health.AMBER;
        }
        return chance < 60 ? Health.GREEN : chance < 87 ? Health.AMBER : Health.RED;
    }

    private Priority priority() {
        int chance = random.nextInt(100);
        return chance < 25 ? Priority.HIGH : chance < 75 ? Priority.MEDIUM : Priority.LOW;
    }

    private String fullName(boolean us) {
        return pick(us ? Vocabulary.US_FIRST_NAMES : Vocabulary.MX_FIRST_NAMES) + " "
                + pick(us ? Vocabulary.US_LAST_NAMES : Vocabulary.MX_LAST_NAMES);
    }

    private static String text(Words words, boolean spanish) {
        return spanish ? words.es() : words.en();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** {@code count} different elements (fewer if there are not that many), in the list's order. */
    private <T> List<T> pickDistinct(List<T> choices, int count) {
        List<Integer> positions = new ArrayList<>();
        while (positions.size() < Math.min(count, choices.size())) {
            int position = random.nextInt(choices.size());
            if (!positions.contains(position)) {
                positions.add(position);
            }
        }
        return positions.stream().sorted().map(choices::get).toList();
    }

    private static String kindEn(AgreementKind kind) {
        return switch (kind) {
            case DECLARATION_OF_PRINCIPLES -> "Declaration of Principles";
            case INTERCONNECTION_SECURITY_AGREEMENT -> "Interconnection Security Agreement";
            case JOINT_STATEMENT -> "Joint Statement";
            case MEMORANDUM -> "Memorandum of Cooperation";
            case PILOT_PROGRAM -> "Pilot Program";
            case OTHER -> "Arrangement";
        };
    }

    private static String kindEs(AgreementKind kind) {
        return switch (kind) {
            case DECLARATION_OF_PRINCIPLES -> "Declaración de Principios";
            case INTERCONNECTION_SECURITY_AGREEMENT -> "Acuerdo de Seguridad de Interconexión";
            case JOINT_STATEMENT -> "Declaración Conjunta";
            case MEMORANDUM -> "Memorándum de Cooperación";
            case PILOT_PROGRAM -> "Programa Piloto";
            case OTHER -> "Arreglo";
        };
    }
}
