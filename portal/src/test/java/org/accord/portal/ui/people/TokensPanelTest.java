package org.accord.portal.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import org.accord.people.ApiScope;
import org.accord.people.ApiTokenCheck;
import org.accord.people.ApiTokens;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("pm.us")
class TokensPanelTest extends PortalBrowserlessTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    ApiTokenCheck check;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void creatingShowsTheSecretOnceAndListsTheTokenWithoutIt() {
        TokensEditor editor = panelOnAccountPage().editor;
        String name = "Export script " + System.nanoTime();
        assertThat(editor.secret.isVisible()).isFalse();

        test(editor.name).setValue(name);
        editor.scope.setValue(ApiScope.READ_WRITE);
        test(editor.create).click();

        String secret = editor.secret.getValue();
        assertThat(editor.secret.isVisible()).isTrue();
        assertThat(editor.secret.isReadOnly()).isTrue();
        assertThat(editor.secretWarning.isVisible()).isTrue();
        assertThat(secret).startsWith("acc_");
        assertThat(check.check(secret).accepted()).get().extracting(caller -> caller.username()).isEqualTo("pm.us");
        assertThat(editor.name.getValue()).as("the form is ready for the next token").isEmpty();
        var listed = tokens.mine().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
        assertThat(listed.scope()).isEqualTo(ApiScope.READ_WRITE);
        assertThat(test(editor.grid).size()).isEqualTo(tokens.mine().size());
        assertThat(jdbc.queryForObject("select count(*) from api_token where secret_hash like ?", Integer.class,
                "%" + secret.substring(secret.length() - 43) + "%")).isZero();

        navigate(org.accord.portal.ui.notification.NotificationsView.class);
        navigate(AccountView.class);
        assertThat($(TokensPanel.class).single().editor.secret.isVisible()).as("never shown again").isFalse();
    }

    @Test
    void nameTakenAndExpiryTooFarAreShownAtTheirFields() {
        String name = "Twice " + System.nanoTime();
        tokens.create(name, LocalDate.now().plusDays(10), ApiScope.READ);
        TokensEditor editor = panelOnAccountPage().editor;

        test(editor.name).setValue(name);
        test(editor.create).click();
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("You already have a token with this name.");

        editor.expiresOn.setMax(null);
        test(editor.name).setValue(name + " b");
        test(editor.expiresOn).setValue(LocalDate.now().plusYears(2));
        test(editor.create).click();
        assertThat(editor.expiresOn.isInvalid()).isTrue();
        assertThat(editor.expiresOn.getErrorMessage()).startsWith("A token is valid for at most a year");
        assertThat(editor.secret.isVisible()).isFalse();
    }

    @Test
    void revokingAfterConfirmingRemovesTheTokenAndItStopsWorking() {
        String name = "Revoke me " + System.nanoTime();
        String secret = tokens.create(name, LocalDate.now().plusDays(10), ApiScope.READ).secret();
        TokensEditor editor = panelOnAccountPage().editor;
        int before = test(editor.grid).size();
        int row = 0;
        while (!test(editor.grid).getRow(row).name().equals(name)) {
            row++;
        }

        test((Button) test(editor.grid).getCellComponent(row, "revoke")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(test(editor.grid).size()).isEqualTo(before - 1);
        assertThat(tokens.mine()).noneMatch(token -> token.name().equals(name));
        assertThat(check.check(secret).accepted()).isEmpty();
    }

    private TokensPanel panelOnAccountPage() {
        navigate(AccountView.class);
        return $(TokensPanel.class).single();
    }
}
