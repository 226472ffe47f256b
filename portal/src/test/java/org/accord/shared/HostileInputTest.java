package org.accord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.audit.HistoryLine;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.ReferenceData;
import org.accord.people.UserAdministration;
import org.accord.progress.ProgressFixture;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;
import org.accord.task.TaskStatus;
import org.accord.task.TaskStories;
import org.accord.task.Tasks;
import org.accord.testsupport.HostileStrings;
import org.accord.testsupport.HostileStrings.Hostile;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every hostile string through every service that stores text, on the real database: it is read back exactly as
 * typed (after the white-space rule), or refused at its field; never any other failure.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final List<Hostile> CORPUS = HostileStrings.all();
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}]");
    private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cs}\\p{Cc}&&[^\\t\\n\\r]]");
    private static final byte[] PDF = "%PDF-1.4\n%hostile\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Tasks tasks;
    @Autowired
    MilestonePlan plan;
    @Autowired
    ProgressUpdates updates;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    Agreements agreements;
    @Autowired
    UserAdministration users;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    long initiativeId;
    long taskId;
    long milestoneId;
    long milestoneInitiativeId;
    long agreementId;
    long userId;
    long periodId;
    long activeInitiativeId;
    long cancellableInitiativeId;

    /** A text field of a service: who writes it, how it is stored and read back, and its limits. */
    record Field(String name, String writer, int maxLength, boolean multiLine, boolean required,
                 UnaryOperator<String> storeAndReadBack) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void oneOfEachRecord() {
        signedIn = new SignedIn(userDetails);
        var stories = new TaskStories(signedIn, tasks, portfolio, agreements, referenceData, jdbc);
        initiativeId = stories.initiativeId;
        cancellableInitiativeId = new TaskStories(signedIn, tasks, portfolio, agreements, referenceData, jdbc).initiativeId;
        taskId = stories.task("Hostile input", "liaison.us", TaskStories.TODAY.plusDays(30));
        var milestoneStories = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        milestoneId = milestoneStories.milestone("Hostile milestone", OwnerSide.US, MilestoneStories.TODAY.plusDays(30),
                null);
        agreementId = milestoneStories.agreementId;
        milestoneInitiativeId = milestoneStories.initiativeId;
        userId = stories.liaison(users, referenceData, true);
        var progress = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        activeInitiativeId = progress.activeInitiative();
        periodId = progress.openPeriod().id();
    }

    Stream<Field> fields() {
        return Stream.of(
                new Field("titleEn", "pm.us", 300, false, true, text -> {
                    var draft = portfolio.edit(initiativeId);
                    draft.setTitleEn(text);
                    portfolio.save(draft);
                    return portfolio.edit(initiativeId).getTitleEn();
                }),
                new Field("descriptionEs", "pm.us", 4000, true, false, text -> {
                    var draft = portfolio.edit(initiativeId);
                    draft.setDescriptionEs(text);
                    portfolio.save(draft);
                    return portfolio.edit(initiativeId).getDescriptionEs();
                }),
                new Field("healthReason", "bersin", 1000, true, true, text -> {
                    var current = portfolio.edit(initiativeId);
                    portfolio.updateProgress(initiativeId, current.getVersion(), current.getStatus(), Health.AMBER,
                            text);
                    return portfolio.edit(initiativeId).getHealthReason();
                }),
                new Field("note", "bersin", 4000, true, true, text -> {
                    portfolio.addNote(initiativeId, false, text);
                    return portfolio.notes(initiativeId).getFirst().body();
                }),
                new Field("title", "bersin", 300, false, true, text -> {
                    var draft = tasks.edit(taskId);
                    draft.setTitle(text);
                    tasks.save(draft);
                    return tasks.edit(taskId).getTitle();
                }),
                new Field("description", "bersin", 4000, true, false, text -> {
                    var draft = tasks.edit(taskId);
                    draft.setDescription(text);
                    tasks.save(draft);
                    return tasks.edit(taskId).getDescription();
                }),
                new Field("comment", "bersin", 4000, true, true, text -> {
                    tasks.comment(taskId, false, text);
                    return tasks.comments(taskId).getLast().body();
                }),
                new Field("blockedReason", "bersin", 1000, true, true, text -> {
                    if (tasks.detail(taskId).row().status() == TaskStatus.BLOCKED) {
                        tasks.changeStatus(taskId, tasks.detail(taskId).row().version(), TaskStatus.IN_PROGRESS, null);
                    }
                    tasks.changeStatus(taskId, tasks.detail(taskId).row().version(), TaskStatus.BLOCKED, text);
                    return tasks.detail(taskId).blockedReason();
                }),
                new Field("evidence", "bersin", 255, false, false, text -> {
                    long id = tasks.attachEvidence(taskId, text, PDF);
                    String name = tasks.evidence(taskId).stream().filter(file -> file.id() == id).findFirst()
                            .orElseThrow().fileName();
                    return name.equals("evidence") && (text == null || TypedText.showsNothing(text)) ? null : name;
                }),
                new Field("titleEs", "bersin", 300, false, true, text -> {
                    var draft = plan.edit(milestoneId);
                    draft.setTitleEs(text);
                    plan.save(milestoneInitiativeId, draft);
                    return plan.edit(milestoneId).getTitleEs();
                }),
                new Field("note", "bersin", 4000, true, true, text -> {
                    plan.logNote(milestoneId, text);
                    return plan.log(milestoneId).getFirst().note();
                }),
                new Field("accomplishments", "bersin", 4000, true, false, text -> {
                    var draft = updates.update(periodId, activeInitiativeId, "US").toDraft();
                    draft.setAccomplishments(text);
                    draft.setNextSteps("Next steps stay");
                    updates.saveDraft(periodId, activeInitiativeId, draft);
                    return updates.update(periodId, activeInitiativeId, "US").accomplishments();
                }),
                new Field("titleEs", "pm.us", 300, false, true, text -> {
                    var draft = agreements.edit(agreementId);
                    draft.setTitleEs(text);
                    agreements.save(draft);
                    return agreements.edit(agreementId).getTitleEs();
                }),
                new Field("reason", "pm.us", 1000, true, true, text -> {
                    var current = portfolio.edit(cancellableInitiativeId);
                    portfolio.cancel(cancellableInitiativeId, current.getVersion(), text);
                    String stored = lastHistoryValue(cancellableInitiativeId, "cancellationReason");
                    portfolio.reopen(cancellableInitiativeId, portfolio.edit(cancellableInitiativeId).getVersion(),
                            current.getStatus(), "Reopened to try the next reason");
                    return stored;
                }),
                new Field("reason", "pm.us", 1000, true, true, text -> {
                    var current = portfolio.edit(cancellableInitiativeId);
                    portfolio.cancel(cancellableInitiativeId, current.getVersion(), "Cancelled to try the next reason");
                    try {
                        portfolio.reopen(cancellableInitiativeId,
                                portfolio.edit(cancellableInitiativeId).getVersion(), current.getStatus(), text);
                    } catch (RuntimeException refused) {
                        portfolio.reopen(cancellableInitiativeId,
                                portfolio.edit(cancellableInitiativeId).getVersion(), current.getStatus(), "Plain");
                        throw refused;
                    }
                    return lastHistoryValue(cancellableInitiativeId, "reopeningReason");
                }),
                new Field("displayName", "admin.us", 120, false, true, text -> {
                    var draft = users.edit(userId);
                    draft.setDisplayName(text);
                    users.save(draft);
                    return users.edit(userId).getDisplayName();
                }));
    }

    @Test
    void corpusHoldsAtLeastTwoHundredStringsOfEveryCategory() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(200);
        assertThat(CORPUS.stream().map(Hostile::category).distinct()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(CORPUS).anySatisfy(hostile -> assertThat(hostile.text()).contains("\u0000"));
        assertThat(CORPUS).anySatisfy(hostile -> assertThat(hostile.text()).contains("\uD83D\uDE00"));
        assertThat(CORPUS).anySatisfy(hostile -> assertThat(hostile.text()).hasSizeGreaterThan(4000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void everyHostileStringIsStoredExactlyOrRefusedAtItsField(Field field) {
        List<String> wrong = new ArrayList<>();
        signedIn.as(field.writer(), () -> {
            for (Hostile hostile : CORPUS) {
                String problem = attempt(field, hostile.text());
                if (problem != null) {
                    wrong.add(hostile + " " + visible(hostile.text()) + ": " + problem);
                }
            }
            // Leaves a plain text behind, so that other tests' lists (sorted by title) meet no hostile one first.
            field.storeAndReadBack().apply("Hostile input checked");
        });
        assertThat(wrong).isEmpty();
    }

    /** Null when the service did what the rule says; otherwise what went wrong. */
    private String attempt(Field field, String typed) {
        String expected = typed.strip();
        boolean showsNothing = TypedText.showsNothing(expected);
        boolean refuse = showsNothing ? field.required()
                : (field.multiLine() ? CONTROL_BUT_LINES : CONTROL).matcher(expected).find()
                        || expected.length() > field.maxLength();
        try {
            String stored = field.storeAndReadBack().apply(typed);
            if (refuse) {
                return "stored as " + visible(stored) + " instead of being refused";
            }
            String wanted = showsNothing ? null : expected;
            return Objects.equals(stored, wanted) ? null : "read back as " + visible(stored);
        } catch (InvalidInputException refused) {
            if (!refuse) {
                return "refused (" + refused.getMessage() + ")";
            }
            return refused.field().equals(field.name()) ? null : "refused at " + refused.field();
        } catch (ConstraintViolationException refused) {
            if (!refuse) {
                return "refused (" + refused.getMessage() + ")";
            }
            boolean atField = refused.getConstraintViolations().stream()
                    .allMatch(violation -> violation.getPropertyPath().toString().endsWith("." + field.name()));
            return atField ? null : "refused at " + refused.getMessage();
        } catch (RuntimeException failure) {
            return "failed with " + failure;
        }
    }

    /** The newest value of {@code field} in the initiative's history (which lists the newest first). */
    private String lastHistoryValue(long initiative, String field) {
        return portfolio.history(initiative).stream()
                .filter(line -> line.field().equals(field))
                .findFirst().map(HistoryLine::after).orElseThrow();
    }

    private static String visible(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
        var out = new StringBuilder("\"");
        shown.codePoints().forEach(c -> out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.getType(c)
                == Character.SURROGATE ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.append('"').toString();
    }
}
