package org.accord.progress;

import static org.accord.progress.ProgressFixture.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.ReferenceData;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@PortalTest
class ReportingPeriodsTest {

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
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    ProgressFixture fixture;

    @BeforeEach
    void story() {
        signedIn = new SignedIn(userDetails);
        fixture = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
    }

    @Test
    void openingAQuarterSetsItsFirstAndLastDay() {
        String code = uniqueYear() + "-Q2";
        long id = signedIn.as("pm.mx", () -> periods.openQuarter(code.toLowerCase()));

        PeriodView period = signedIn.as("liaison.us", () -> periods.all()).stream()
                .filter(candidate -> candidate.id() == id).findFirst().orElseThrow();
        int year = Integer.parseInt(code.substring(0, 4));
        assertThat(period.code()).isEqualTo(code);
        assertThat(period.startDate()).isEqualTo(LocalDate.of(year, 4, 1));
        assertThat(period.endDate()).isEqualTo(LocalDate.of(year, 6, 30));
        assertThat(period.isOpen()).isTrue();
        assertThat(signedIn.as("bersin", () -> periods.open())).extracting(PeriodView::id).contains(id);
    }

    @Test
    void aQuarterOpensOnceAndItsCodeMustNameAQuarter() {
        String code = uniqueYear() + "-Q4";
        signedIn.as("pm.us", () -> periods.openQuarter(code));

        assertThatThrownBy(() -> signedIn.as("admin.mx", () -> periods.openQuarter(code)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("period.code.taken");
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> periods.openQuarter("2012-Q5")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("period.code.pattern");
    }

    @Test
    void onlyProgramManagersAndAdministratorsOpenAndClosePeriods() {
        PeriodView period = fixture.openPeriod();
        for (String someone : new String[] {"bersin", "liaison.us", "napolitano"}) {
            assertThatThrownBy(() -> signedIn.as(someone, () -> periods.openQuarter(ProgressFixture.unusedQuarter())))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(someone, () -> periods.close(period.id(), period.version())))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void closingLocksEveryUpdateAndListsWhatWasNeverSubmitted() {
        long initiative = fixture.activeInitiative();
        PeriodView period = fixture.openPeriod();
        signedIn.as("bersin", () -> updates.submit(period.id(), initiative, written("Manifest exchange live")));
        signedIn.as("lead.mx", () -> updates.saveDraft(period.id(), initiative, written("Capacitación")));
        String code = signedIn.as("pm.us", () -> portfolio.detail(initiative).code());

        var neverSubmitted = signedIn.as("pm.mx", () -> periods.close(period.id(), period.version()));

        assertThat(neverSubmitted).contains(new NeverSubmitted(code, "MX"))
                .doesNotContain(new NeverSubmitted(code, "US"));
        var us = signedIn.as("pm.us", () -> updates.update(period.id(), initiative, "US"));
        var mx = signedIn.as("lead.mx", () -> updates.update(period.id(), initiative, "MX"));
        assertThat(us.locked()).isTrue();
        assertThat(us.mayDecide()).isFalse();
        assertThat(mx.locked()).isTrue();
        assertThat(mx.mayEdit()).isFalse();
        assertThatThrownBy(() -> signedIn.as("lead.mx", () -> updates.saveDraft(period.id(), initiative,
                mxDraft(mx.version())))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("progress.period.closed");
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> updates.approve(us.id(), us.version())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("progress.update.locked");
    }

    @Test
    void aClosedPeriodClosesOnceAndAStaleVersionConflicts() {
        PeriodView period = fixture.openPeriod();
        signedIn.as("pm.us", () -> periods.close(period.id(), period.version()));

        assertThatThrownBy(() -> signedIn.as("pm.mx", () -> periods.close(period.id(), period.version())))
                .isInstanceOf(EditConflictException.class);
        long current = signedIn.as("pm.mx", () -> periods.all()).stream()
                .filter(candidate -> candidate.id() == period.id()).findFirst().orElseThrow().version();
        assertThatThrownBy(() -> signedIn.as("pm.mx", () -> periods.close(period.id(), current)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("period.closed");
    }

    private static ProgressUpdateDraft mxDraft(long version) {
        var draft = written("Capacitación ampliada");
        draft.setVersion(version);
        return draft;
    }

    private static int uniqueYear() {
        return Integer.parseInt(ProgressFixture.unusedQuarter().substring(0, 4));
    }
}
