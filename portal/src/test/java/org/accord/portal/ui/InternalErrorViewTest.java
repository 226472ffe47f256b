package org.accord.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.sql.SQLNonTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;

/** Opening a page that fails: the database message when it is the database, never Vaadin's stack trace. */
@WithUserDetails("liaison.mx")
class InternalErrorViewTest extends PortalBrowserlessTest {

    @Test
    void aPageThatCannotReachTheDatabaseSaysSoInTheUsersLanguage() {
        RouteConfiguration.forSessionScope().setRoute("outage-probe", ReadsTheDatabase.class);

        var shown = navigate("outage-probe", InternalErrorView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("No se puede acceder a la base de datos");
        assertThat(shown.getPageTitle()).isEqualTo("No se puede acceder a la base de datos · Accord");
        assertThat($(Paragraph.class).first().getText()).isEqualTo(
                "El portal no puede conectar con su base de datos. Su trabajo no se ha perdido; inténtelo de nuevo en un minuto.");
    }

    @Test
    void anyOtherFailureGetsAPlainApologyAndNoStackTrace() {
        RouteConfiguration.forSessionScope().setRoute("broken-probe", Broken.class);

        var shown = navigate("broken-probe", InternalErrorView.class);

        assertThat($(Paragraph.class).first().getText()).startsWith("Algo salió mal. No se guardó nada");
        assertThat(shown.getPageTitle()).isEqualTo("Algo salió mal · Accord");
        assertThat($(InternalErrorView.class).first().getElement().getOuterHTML()).doesNotContain("Exception");
    }

    /** A page whose constructor reads the database while it is away, as the service layer reports it. */
    @AnonymousAllowed
    public static class ReadsTheDatabase extends Div {
        public ReadsTheDatabase() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new JDBCConnectionException("Unable to acquire JDBC Connection",
                            new SQLNonTransientConnectionException("Connection refused", "08001")));
        }
    }

    @AnonymousAllowed
    public static class Broken extends Div {
        public Broken() {
            throw new IllegalStateException("a bug");
        }
    }
}
