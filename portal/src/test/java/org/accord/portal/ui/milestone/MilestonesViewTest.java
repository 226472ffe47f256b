package org.accord.portal.ui.milestone;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import org.accord.agreement.Agreements;
import org.accord.agreement.CommitmentRef;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The cross-portfolio milestones list with its filters in the link, and the timeline. */
class MilestonesViewTest extends PortalBrowserlessTest {

    @Autowired
    MilestonePlan plan;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    MilestoneStories stories;
    String agreementCode;

    @BeforeEach
    void agreementWithASlippedAndAnOnTimeMilestone() {
        var signedIn = new SignedIn(users);
        stories = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        stories.milestone("Slipped <script>alert('x')</script> & Poiré", OwnerSide.MX, TODAY.plusDays(20),
                TODAY.plusDays(70));
        stories.milestone("On time", OwnerSide.US, TODAY.plusDays(10), null);
        agreementCode = jdbc.queryForObject("select code from agreement where id = ?", String.class,
                stories.agreementId);
    }

    @Test
    @WithUserDetails("pm.us")
    void slippedMilestonesOfAnAgreementAreListedFromTheLink() {
        MilestonesView view = open(Map.of("slipped", "true", "agreement", agreementCode));

        assertThat(view.filters.slipped.getValue()).isTrue();
        assertThat(view.filters.agreement.getValue().code()).isEqualTo(agreementCode);
        assertThat(rows(view)).extracting(MilestoneRow::titleEn)
                .containsExactly("Slipped <script>alert('x')</script> & Poiré");
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("+50 days");
    }

    @Test
    @WithUserDetails("pm.us")
    void changingAFilterNarrowsTheList() {
        MilestonesView view = open(Map.of("agreement", agreementCode));
        assertThat(rows(view)).hasSize(2);

        test(view.filters.side).selectItem("United States");

        assertThat(rows(view)).extracting(MilestoneRow::titleEn).containsExactly("On time");
    }

    @Test
    @WithUserDetails("pm.us")
    void aCommitmentInTheLinkListsTheMilestonesOfTheInitiativesServingItAsCounted() {
        long otherInitiative = stories.initiativeServing(stories.otherCommitmentId);
        stories.milestone(otherInitiative, "Of the other commitment", OwnerSide.US, TODAY.plusDays(15), null);

        MilestonesView view = open(Map.of("agreement", agreementCode,
                "commitment", String.valueOf(stories.otherCommitmentId)));

        assertThat(view.filters.agreement.getValue().code()).isEqualTo(agreementCode);
        assertThat(view.filters.commitment.getValue().id()).isEqualTo(stories.otherCommitmentId);
        assertThat(rows(view)).extracting(MilestoneRow::titleEn).containsExactly("Of the other commitment");
        assertThat(plan.count(view.filters.filter())).isEqualTo(test(view.grid).size());

        view = open(Map.of("commitment", String.valueOf(stories.commitmentId)));

        assertThat(view.filters.agreement.getValue()).isNull();
        assertThat(view.filters.commitment.getValue().id()).isEqualTo(stories.commitmentId);
        assertThat(rows(view)).extracting(MilestoneRow::titleEn)
                .containsExactly("On time", "Slipped <script>alert('x')</script> & Poiré");
        assertThat(plan.count(view.filters.filter())).isEqualTo(test(view.grid).size()).isEqualTo(2);
        assertThat(view.shareableLocation()).isEqualTo("milestones?commitment=" + stories.commitmentId);
    }

    @Test
    @WithUserDetails("pm.us")
    void aCommitmentOfAnotherAgreementOrNoneAtAllIsIgnoredAndTheLinkCorrected() {
        var elsewhere = new MilestoneStories(new SignedIn(users), portfolio, plan, agreements, referenceData, jdbc);
        var link = new LinkedHashMap<String, String>();
        link.put("agreement", agreementCode);
        link.put("commitment", String.valueOf(elsewhere.commitmentId));

        MilestonesView view = open(link);

        assertThat(view.filters.commitment.getValue()).isNull();
        assertThat(view.shareableLocation()).isEqualTo("milestones?agreement=" + agreementCode);
        assertThat(rows(view)).hasSize(2);

        view = open(Map.of("commitment", "seven"));

        assertThat(view.filters.commitment.getValue()).isNull();
        assertThat(view.shareableLocation()).isEqualTo("milestones");
    }

    @Test
    @WithUserDetails("pm.us")
    void choosingACommitmentRewritesTheLinkAndAnotherAgreementClearsIt() {
        var elsewhere = new MilestoneStories(new SignedIn(users), portfolio, plan, agreements, referenceData, jdbc);
        String otherCode = jdbc.queryForObject("select code from agreement where id = ?", String.class,
                elsewhere.agreementId);
        MilestonesView view = open(Map.of("agreement", agreementCode));
        assertThat(view.filters.commitment.getListDataView().getItems()).extracting(CommitmentRef::id)
                .containsExactly(stories.commitmentId, stories.otherCommitmentId);

        test(view.filters.commitment).selectItem(agreementCode + " · 2 · Enforcement of customs laws");

        assertThat(view.shareableLocation()).isEqualTo("milestones?agreement=" + agreementCode + "&commitment="
                + stories.otherCommitmentId);
        assertThat(rows(view)).isEmpty();

        test(view.filters.agreement).selectItem(otherCode + " · Declaration of Principles");

        assertThat(view.filters.commitment.getValue()).isNull();
        assertThat(view.shareableLocation()).isEqualTo("milestones?agreement=" + otherCode);
    }

    @Test
    @WithUserDetails("lead.mx")
    void timelineShowsTheMilestonesWithEscapedTitlesAndSpanishMonthNames() {
        MilestonesView view = open(Map.of("agreement", agreementCode));
        String svg = view.timelineSvg();

        assertThat(svg).startsWith("<svg").contains("Slipped &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Poiré")
                .doesNotContain("<script>").contains("On time (es)").contains("Línea base", "Pronóstico", "Real");
        assertThat(svg).contains(">" + TODAY.plusDays(20).getMonth()
                .getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, Locale.of("es")) + "<");
        assertThat(Stream.of(svg.split("class=\"milestone\"")).count() - 1).isEqualTo(2);
        assertThat(svg).contains("data-state=\"LATE\"", "data-state=\"ON_TIME\"");
    }

    @Test
    @WithUserDetails("napolitano")
    void timelineOfOneInitiativeFromItsLink() {
        MilestonesView view = open(Map.of("initiative", String.valueOf(stories.initiativeId)));

        assertThat(rows(view)).hasSize(2);
        assertThat(view.timelineSvg()).contains("On time");
        assertThat(view.filters.initiatives.getValue()).extracting(InitiativeChooser.Choice::id)
                .containsExactly(stories.initiativeId);
    }

    @Test
    @WithUserDetails("napolitano")
    void choosingInitiativesNarrowsTheListAndTheTimelineAndWritesTheLink() {
        MilestonesView view = open(Map.of());
        var chooser = view.filters.initiatives;
        String code = jdbc.queryForObject("select code from initiative where id = ?", String.class,
                stories.initiativeId);

        chooser.setValue(java.util.Set.of(new InitiativeChooser.Choice(stories.initiativeId, "chosen")));

        assertThat(rows(view)).hasSize(2).allMatch(row -> row.initiativeCode().equals(code));
        assertThat(view.filters.queryParameters().getParameters().get("initiative"))
                .containsExactly(String.valueOf(stories.initiativeId));
    }

    private MilestonesView open(Map<String, String> link) {
        UI.getCurrent().navigate(MilestonesView.class, QueryParameters.simple(link));
        return (MilestonesView) getCurrentView();
    }

    private List<MilestoneRow> rows(MilestonesView view) {
        int size = test(view.grid).size();
        return java.util.stream.IntStream.range(0, size).mapToObj(index -> test(view.grid).getRow(index)).toList();
    }
}
