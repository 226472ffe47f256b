package org.accord.progress;

import static org.accord.progress.ProgressFixture.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.TypedText;
import org.accord.task.TaskRow;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Progress updates in their author's language, and their translations into the other one. */
@PortalTest
class ProgressTranslationsTest {

    @Autowired
    ReportingPeriods periods;
    @Autowired
    ProgressUpdates updates;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    long initiative;
    PeriodView period;

    @BeforeEach
    void activeInitiativeInAnOpenPeriod() {
        signedIn = new SignedIn(userDetails);
        var fixture = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        initiative = fixture.activeInitiative();
        period = fixture.openPeriod();
    }

    @Test
    void aNewUpdateIsInItsAuthorsLanguageWhichTheAuthorMayChangeInTheDraft() {
        long us = signedIn.as("bersin", () -> updates.saveDraft(period.id(), initiative, written("Manifests")));
        long mx = signedIn.as("lead.mx", () -> updates.saveDraft(period.id(), initiative, written("Manifiestos")));

        assertThat(storedLanguage(us)).isEqualTo("EN");
        assertThat(storedLanguage(mx)).isEqualTo("ES");
        assertThat(signedIn.as("lead.mx", () -> updates.update(period.id(), initiative, "MX")).language())
                .isEqualTo(Language.ES);

        var inSpanish = signedIn.as("bersin", () -> updates.update(period.id(), initiative, "US")).toDraft();
        inSpanish.setLanguage(Language.ES);
        signedIn.as("bersin", () -> updates.saveDraft(period.id(), initiative, inSpanish));
        assertThat(storedLanguage(us)).isEqualTo("ES");
        assertThat(signedIn.as("bersin", () -> updates.update(period.id(), initiative, "US")).language())
                .isEqualTo(Language.ES);
    }

    @Test
    void theAuthorTranslatesTheSubmittedUpdateAndTheOriginalStaysUntouched() {
        long id = submittedUsUpdate();
        var before = usUpdateAs("pm.us");

        signedIn.as("bersin", () -> updates.translate(id, translation(null, "Intercambio de manifiestos en marcha")));

        var after = usUpdateAs("pm.us");
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.accomplishments()).isEqualTo("Manifest exchange live");
        assertThat(after.language()).isEqualTo(Language.EN);
        assertThat(after.translation()).satisfies(translation -> {
            assertThat(translation.language()).isEqualTo(Language.ES);
            assertThat(translation.accomplishments()).isEqualTo("Intercambio de manifiestos en marcha");
            assertThat(translation.nextSteps()).isNull();
            assertThat(translation.translatedBy()).isEqualTo("bersin");
            assertThat(translation.translatedByName()).isEqualTo("Alan Bersin");
            assertThat(translation.translatedAt()).isNotNull();
        });
        assertThat(jdbc.queryForObject("select accomplishments from progress_update where id = ?", String.class, id))
                .isEqualTo("Manifest exchange live");
        for (String mexican : new String[] {"lead.mx", "meade", "liaison.mx"}) {
            assertThat(usUpdateAs(mexican).translationIfAny()).as(mexican).isPresent();
            assertThat(signedIn.as(mexican, () -> updates.ofInitiative(initiative))).as(mexican)
                    .singleElement().satisfies(seen -> assertThat(seen.translation()).isNotNull());
        }
    }

    @Test
    void theAskedTranslatorGetsATaskAndWritingTheTranslationMarksItDone() {
        long id = submittedUsUpdate();

        long taskId = signedIn.as("bersin", () -> updates.assignTranslator(id, "liaison.us"));

        TaskRow task = signedIn.as("liaison.us", () -> tasks.mine(false, Pageable.unpaged())).stream()
                .filter(row -> row.id() == taskId).findFirst().orElseThrow();
        assertThat(task.title()).isEqualTo("Translate the " + period.code() + " update of "
                + usUpdateAs("pm.us").initiativeCode() + " into Spanish");
        assertThat(task.dueDate()).isAfter(java.time.LocalDate.now());
        assertThat(usUpdateAs("bersin").translatorName()).isEqualTo("Liaison Officer, U.S. Embassy");
        assertThat(usUpdateAs("liaison.us").mayTranslate()).isTrue();
        assertThat(usUpdateAs("morton").mayTranslate()).isFalse();

        signedIn.as("liaison.us", () -> updates.translate(id, translation(null, "Intercambio en marcha")));

        assertThat(usUpdateAs("pm.us").translation().translatedBy()).isEqualTo("liaison.us");
        assertThat(signedIn.as("liaison.us", () -> tasks.detail(taskId)).row().status()).isEqualTo(TaskStatus.DONE);
        assertThat(jdbc.queryForObject("select translator_id from progress_update_translator where update_id = ?",
                Long.class, id)).isEqualTo(jdbc.queryForObject(
                        "select id from user_account where username = 'liaison.us'", Long.class));
    }

    @Test
    void aProgramManagerOfTheSameCountryMayAskSomeoneToTranslate() {
        long id = submittedUsUpdate();
        assertThat(usUpdateAs("pm.us").mayAskTranslator()).isTrue();
        assertThat(usUpdateAs("pm.mx").mayAskTranslator()).isFalse();

        long first = signedIn.as("pm.us", () -> updates.assignTranslator(id, "morton"));
        long second = signedIn.as("pm.us", () -> updates.assignTranslator(id, "liaison.us"));

        assertThat(second).as("the open task changes hands").isEqualTo(first);
        assertThat(signedIn.as("pm.us", () -> tasks.detail(first)).row().assigneeName())
                .isEqualTo("Liaison Officer, U.S. Embassy");
        assertThatThrownBy(() -> signedIn.as("morton", () -> updates.translate(id, translation(null, "x"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherLeadAndTheOtherCountryMayNeitherTranslateNorAsk() {
        long id = submittedUsUpdate();

        for (String someone : new String[] {"morton", "lead.mx", "pm.mx", "liaison.us", "pm.us"}) {
            assertThatThrownBy(() -> signedIn.as(someone, () -> updates.translate(id, translation(null, "x"))))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
        }
        for (String someone : new String[] {"morton", "lead.mx", "pm.mx", "liaison.us"}) {
            assertThatThrownBy(() -> signedIn.as(someone, () -> updates.assignTranslator(id, "liaison.us")))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from progress_update_translation where update_id = ?",
                Integer.class, id)).isZero();
    }

    @Test
    void theTranslatorIsSomeoneActiveOfTheUpdatesCountryWhoMayBeGivenTasks() {
        long id = submittedUsUpdate();

        assertRefused(() -> signedIn.as("bersin", () -> updates.assignTranslator(id, "liaison.mx")),
                "translator", "progress.translator.other-party");
        assertRefused(() -> signedIn.as("bersin", () -> updates.assignTranslator(id, "napolitano")),
                "translator", "progress.translator.not-eligible");
        assertRefused(() -> signedIn.as("bersin", () -> updates.assignTranslator(id, "nobody.at.all")),
                "translator", "progress.translator.unknown");
        assertRefused(() -> signedIn.as("bersin", () -> updates.assignTranslator(id, " ")),
                "translator", "progress.translator.required");
        assertThat(signedIn.as("bersin", () -> updates.translatorChoices("US", "", 50)))
                .extracting(person -> person.partyCode()).containsOnly("US");
        assertThat(signedIn.as("bersin", () -> updates.translatorChoices("US", "", 50)))
                .extracting(person -> person.username()).contains("liaison.us", "morton").doesNotContain("napolitano");
    }

    @Test
    void badTranslationsAreRefusedAtTheirFieldAndNothingIsSaved() {
        long id = submittedUsUpdate();

        assertRefused(() -> signedIn.as("bersin", () -> updates.translate(id, translation(null, "  "))),
                "accomplishments", "progress.translation.empty");
        var tooLong = translation(null, "Intercambio");
        tooLong.setNextSteps("x".repeat(4001));
        assertRefused(() -> signedIn.as("bersin", () -> updates.translate(id, tooLong)),
                "nextSteps", TypedText.tooLongKey(4000));
        var english = translation(null, "Manifest exchange live");
        english.setLanguage(Language.EN);
        assertRefused(() -> signedIn.as("bersin", () -> updates.translate(id, english)),
                "language", "progress.translation.same-language");
        assertThat(usUpdateAs("pm.us").translation()).isNull();
    }

    @Test
    void aCorrectionMadeFromAnOutdatedTranslationIsRefused() {
        long id = submittedUsUpdate();
        signedIn.as("bersin", () -> updates.assignTranslator(id, "liaison.us"));
        signedIn.as("bersin", () -> updates.translate(id, translation(null, "Primera versión")));

        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> updates.translate(id, translation(null, "Otra"))))
                .isInstanceOf(EditConflictException.class);
        assertThat(signedIn.as("liaison.us", () -> tasks.mine(false, Pageable.unpaged())))
                .as("the author wrote it: the task is done").noneMatch(task -> task.title().contains(period.code()));

        var correction = usUpdateAs("liaison.us").translationDraft();
        correction.setAccomplishments("Versión corregida");
        signedIn.as("liaison.us", () -> updates.translate(id, correction));
        assertThat(usUpdateAs("pm.us").translation().accomplishments()).isEqualTo("Versión corregida");

        assertThatThrownBy(() -> signedIn.as("bersin", () -> updates.translate(id, correction)))
                .isInstanceOf(EditConflictException.class);
        assertThat(usUpdateAs("pm.us").translation().accomplishments()).isEqualTo("Versión corregida");
    }

    @Test
    void aDraftOfTheOtherCountryAndItsTranslationStayHidden() {
        long id = submittedUsUpdate();
        signedIn.as("bersin", () -> updates.translate(id, translation(null, "Intercambio en marcha")));
        var view = usUpdateAs("pm.us");
        signedIn.as("pm.us", () -> updates.returnUpdate(id, view.version(), "Add the pilot dates"));

        assertThat(usUpdateAs("lead.mx").translation()).isNull();
        assertThat(usUpdateAs("lead.mx").accomplishments()).isNull();
        assertThat(usUpdateAs("liaison.us").translation()).isNotNull();
        assertThatThrownBy(() -> signedIn.as("lead.mx", () -> updates.translate(id, translation(null, "x"))))
                .as("a returned update is the US side's draft again").isInstanceOf(EditConflictException.class);
        assertRefused(() -> signedIn.as("bersin", () -> updates.translate(id, usUpdateAs("bersin").translationDraft())),
                "update", "progress.translation.not-submitted");
        assertRefused(() -> signedIn.as("bersin", () -> updates.assignTranslator(id, "liaison.us")),
                "update", "progress.translation.not-submitted");

        long mxDraft = signedIn.as("lead.mx", () -> updates.saveDraft(period.id(), initiative, written("Borrador")));
        assertThatThrownBy(() -> signedIn.as("bersin", () -> updates.translate(mxDraft, translation(null, "Draft"))))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> updates.assignTranslator(mxDraft, "liaison.us")))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void aReturnedUpdateWithATranslationKeepsItsLanguage() {
        long id = submittedUsUpdate();
        signedIn.as("bersin", () -> updates.translate(id, translation(null, "Intercambio en marcha")));
        var submitted = usUpdateAs("pm.us");
        signedIn.as("pm.us", () -> updates.returnUpdate(id, submitted.version(), "Add the pilot dates"));

        var inSpanish = usUpdateAs("bersin").toDraft();
        inSpanish.setLanguage(Language.ES);
        assertRefused(() -> signedIn.as("bersin", () -> updates.saveDraft(period.id(), initiative, inSpanish)),
                "language", "progress.language.translated");
        assertThat(storedLanguage(id)).isEqualTo("EN");

        var corrected = usUpdateAs("bersin").toDraft();
        corrected.setNextSteps("Pilot from 1 May 2012");
        signedIn.as("bersin", () -> updates.submit(period.id(), initiative, corrected));
        assertThat(usUpdateAs("lead.mx").translation().accomplishments()).isEqualTo("Intercambio en marcha");
    }

    @Test
    void theDemoPortfolioHasOneTranslatedUpdateAndTheOthersMissing() {
        var translated = jdbc.queryForList("""
                select i.code, p.code as party, t.language from progress_update_translation t
                join progress_update u on u.id = t.update_id join initiative i on i.id = u.initiative_id
                join party p on p.id = u.party_id join reporting_period r on r.id = u.period_id
                where r.code = '2012-Q2'""");
        assertThat(translated).singleElement().satisfies(row -> {
            assertThat(row.get("code")).isEqualTo("DOP-2012-01");
            assertThat(row.get("party")).isEqualTo("US");
            assertThat(row.get("language")).isEqualTo("ES");
        });
        assertThat(jdbc.queryForObject("""
                select count(*) from progress_update u join reporting_period r on r.id = u.period_id
                where r.code = '2012-Q2' and u.language is null""", Integer.class)).isZero();
    }

    private long submittedUsUpdate() {
        return signedIn.as("bersin", () -> updates.submit(period.id(), initiative, written("Manifest exchange live")));
    }

    private ProgressUpdateView usUpdateAs(String username) {
        return signedIn.as(username, () -> updates.update(period.id(), initiative, "US"));
    }

    private String storedLanguage(long updateId) {
        return jdbc.queryForObject("select language from progress_update where id = ?", String.class, updateId);
    }

    private static TranslationDraft translation(Long version, String accomplishments) {
        var draft = new TranslationDraft();
        draft.setVersion(version);
        draft.setAccomplishments(accomplishments);
        return draft;
    }

    private static void assertRefused(Runnable attempt, String field, String messageKey) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }
}
