package org.accord.portal.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.accord.calendar.CalendarFeeds;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("liaison.us")
class CalendarFeedPanelTest extends PortalBrowserlessTest {

    @Autowired
    CalendarFeeds feeds;

    @Test
    void creatingShowsTheFullLinkOnceAndRevokingHidesIt() {
        feeds.revoke();
        CalendarFeedPanel panel = panelOnAccountPage();
        assertThat(panel.link.isVisible()).isFalse();
        assertThat(panel.create.isVisible()).isTrue();
        assertThat(panel.revoke.isVisible()).isFalse();

        test(panel.create).click();

        assertThat(panel.link.isVisible()).isTrue();
        assertThat(panel.link.isReadOnly()).isTrue();
        assertThat(panel.link.getValue()).contains("/calendar/").endsWith(".ics");
        assertThat(panel.warning.isVisible()).isTrue();
        assertThat(feeds.render(token(panel.link.getValue()))).isPresent();
        assertThat(panel.revoke.isVisible()).isTrue();
        assertThat(panel.create.isVisible()).isFalse();

        String shown = panel.link.getValue();
        test(panel.revoke).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(panel.link.isVisible()).isFalse();
        assertThat(panel.link.getValue()).isEmpty();
        assertThat(panel.create.isVisible()).isTrue();
        assertThat(feeds.hasFeed()).isFalse();
        assertThat(feeds.render(token(shown))).isEmpty();
    }

    @Test
    void replacingShowsANewLinkAndTheOldOneStopsWorking() {
        feeds.create();
        CalendarFeedPanel panel = panelOnAccountPage();
        assertThat(panel.status.getText()).isEqualTo(panel.getTranslation("calendar.status.active"));
        assertThat(panel.link.isVisible()).as("an existing link is never shown again").isFalse();

        test(panel.replace).click();
        test($(ConfirmDialog.class).single()).confirm();
        String first = panel.link.getValue();
        test(panel.replace).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(panel.link.getValue()).isNotEqualTo(first);
        assertThat(feeds.render(token(first))).isEmpty();
        assertThat(feeds.render(token(panel.link.getValue()))).isPresent();
    }

    private CalendarFeedPanel panelOnAccountPage() {
        navigate(AccountView.class);
        return $(CalendarFeedPanel.class).single();
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }
}
