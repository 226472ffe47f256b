package org.accord.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.MeetingCadence;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.Priority;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;
import org.accord.milestone.ScheduleState;
import org.accord.people.Language;
import org.accord.people.Role;
import org.accord.progress.PeriodState;
import org.accord.progress.UpdateState;
import org.accord.shared.CheckedEvidence;
import org.accord.shared.TypedText;
import org.junit.jupiter.api.Test;

/** Every text exists in English and Spanish, and no view writes a visible string itself. */
class MessagesTest {

    private static final Path UI_SOURCES = Path.of("src/main/java/org/accord/portal");
    private static final Pattern TRANSLATION_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    private static final Pattern HARD_CODED_TEXT = Pattern.compile(
            "(new (Span|H1|H2|H3|H4|Paragraph|Button|Anchor|Div|TextField|Checkbox)\\((\"\",\\s*)?"
                    + "|\\.(setText|setLabel|setHeader|setPlaceholder|setHelperText|setTitle|setErrorMessage"
                    + "|setHeaderTitle|setAriaLabel)\\(|Notification\\.show\\()\\s*\"[^\"]+\"");

    @Test
    void portalMessagesHaveTheSameKeysInEnglishAndSpanish() {
        assertThat(keys("/messages_es.properties")).isEqualTo(keys("/messages_en.properties"));
    }

    @Test
    void validationMessagesHaveTheSameKeysInEnglishAndSpanish() {
        assertThat(keys("/ValidationMessages_es.properties")).isEqualTo(keys("/ValidationMessages.properties"));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path source : sources()) {
            Matcher matcher = TRANSLATION_KEY.matcher(Files.readString(source));
            while (matcher.find()) {
                if (!matcher.group(1).endsWith(".")) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (Role role : Role.values()) {
            used.add("role." + role.name());
            used.add("home.role." + role.name());
        }
        for (Language language : Language.values()) {
            used.add("language." + language.name());
        }
        for (InitiativeStatus status : InitiativeStatus.values()) {
            used.add("initiative.status." + status.name());
        }
        for (Health health : Health.values()) {
            used.add("initiative.health." + health.name());
        }
        for (Priority priority : Priority.values()) {
            used.add("initiative.priority." + priority.name());
        }
        Stream.of(AgreementKind.values()).forEach(kind -> used.add("agreement.kind." + kind.name()));
        Stream.of(AgreementStatus.values()).forEach(status -> used.add("agreement.status." + status.name()));
        Stream.of(MeetingCadence.values()).forEach(cadence -> used.add("governance.cadence." + cadence.name()));
        Stream.of(UpdateState.values()).forEach(state -> used.add("progress.state." + state.name()));
        Stream.of(PeriodState.values()).forEach(state -> used.add("periods.state." + state.name()));
        Stream.of(MilestoneStatus.values()).forEach(status -> used.add("milestone.status." + status.name()));
        Stream.of(OwnerSide.values()).forEach(side -> used.add("milestone.side." + side.name()));
        Stream.of(ScheduleState.values()).forEach(state -> used.add("milestone.state." + state.name()));
        Stream.of("titleEn", "titleEs", "description", "ownerSide", "baselineDate", "forecastDate", "actualDate",
                "status", "weight", "evidence").forEach(field -> used.add("milestone.field." + field));
        used.addAll(List.of("milestone.baseline.use-rebaseline", "milestone.rebaseline.reason-required",
                "milestone.reason.too-long", "milestone.baseline.required", "milestone.date.before-start",
                "milestone.status.required", "milestone.actual.future", "milestone.actual.required",
                "milestone.actual.only-done", "milestone.note.required", "milestone.evidence.too-large",
                "milestone.evidence.kind", "milestone.title.required", "milestone.title.too-long",
                "milestone.description.too-long", "milestone.owner.required", "milestone.weight.range"));
        var provider = new AccordI18NProvider();
        for (Language language : Language.values()) {
            for (String key : used) {
                assertThat(provider.getTranslation(key, language.locale())).as(language + " " + key)
                        .doesNotStartWith("!");
            }
        }
    }

    @Test
    void serviceMessageKeysExistInBothLanguages() {
        var provider = new AccordI18NProvider();
        for (String key : List.of("user.username.taken", "user.email.taken", "user.agency.other-party",
                "user.disable.self", "password.too-short", "password.too-long", "account.password.current-wrong",
                "initiative.code.taken", "initiative.dates.order", "initiative.reason.required",
                "initiative.reason.too-long", "initiative.lead.required", "initiative.lead.not-eligible",
                "initiative.lead-agency.required", "initiative.commitments.required", "initiative.status.required",
                "initiative.health.required", "initiative.cancel.reason-required", "initiative.note.required",
                "text.too-long", TypedText.CONTROL_CHARACTERS, TypedText.tooLongKey(CheckedEvidence.MAX_NAME_LENGTH),
                "agreement.code.taken", "agreement.text.too-large", "agreement.text.not-pdf", "commitment.number.taken",
                "governance.co-chair.inactive", "governance.co-chair.other-party", "governance.member.inactive",
                "user.party.required",
                "period.code.pattern", "period.code.taken", "period.closed", "progress.period.closed",
                "progress.initiative.not-active", "progress.update.locked", "progress.update.submitted",
                "progress.update.not-submitted", "progress.return.comment-required", "progress.return.comment-too-long",
                "progress.accomplishments.required", "progress.nextSteps.required", "progress.health.required",
                "progress.party.unknown")) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.of("es"))) {
                assertThat(provider.getTranslation(key, locale, 12, 128)).doesNotStartWith("!");
            }
        }
    }

    @Test
    void everyLengthLimitHasItsMessageInBothLanguagesAndBothBundles() throws IOException {
        Set<String> limits = new TreeSet<>();
        Pattern limit = Pattern.compile("TextLimits\\.atMost\\([^;]*?(\\d+)\\);|\\{(text\\.at-most\\.\\d+)\\}"
                + "|TypedText\\.\\w+\\(\"\\w+\", \\w+, (\\d+)");
        List<Path> everywhere = new ArrayList<>(sources());
        try (Stream<Path> domain = Files.walk(Path.of("../domain/src/main/java"))) {
            domain.filter(path -> path.toString().endsWith(".java")).forEach(everywhere::add);
        }
        for (Path source : everywhere) {
            Matcher matcher = limit.matcher(Files.readString(source));
            while (matcher.find()) {
                limits.add(matcher.group(2) != null ? matcher.group(2)
                        : TypedText.tooLongKey(Integer.parseInt(matcher.group(1) != null ? matcher.group(1)
                                : matcher.group(3))));
            }
        }
        assertThat(limits).contains("text.at-most.300", "text.at-most.4000", "text.at-most.1000");
        for (String bundle : List.of("/messages_en.properties", "/messages_es.properties",
                "/ValidationMessages.properties", "/ValidationMessages_es.properties")) {
            assertThat(keys(bundle)).as(bundle).containsAll(limits);
        }
    }

    @Test
    void noViewWritesAVisibleStringItself() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : sources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (HARD_CODED_TEXT.matcher(lines.get(i)).find()) {
                    offenders.add(source.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void spanishTextsKeepTheirAccents() {
        assertThat(new AccordI18NProvider().getTranslation("login.password", Locale.of("es"))).isEqualTo("Contraseña");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> keys(String resource) {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
