package org.accord.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.portal.ui.task.MyTasksView;
import org.accord.shared.EditConflictException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("liaison.mx")
class PortalErrorHandlerTest extends PortalBrowserlessTest {

    private static final String DATABASE_ES = "El portal no puede conectar con su base de datos. Su trabajo no se ha"
            + " perdido; inténtelo de nuevo en un minuto.";

    @Autowired
    PortalErrorHandler handler;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusalFromAServiceIsShownInTheUsersLanguageAndAudited() {
        navigate(MyTasksView.class);
        long before = denials();

        handler.error(new ErrorEvent(new RuntimeException(new AccessDeniedException("Only the initiative's leads"))));

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(
                "No tiene permiso para hacer esto. El intento quedó registrado.");
        assertThat(denials()).isEqualTo(before + 1);
    }

    @Test
    void databaseGoingAwaySaysSoInsteadOfFailing() {
        navigate(MyTasksView.class);

        handler.error(new ErrorEvent(new DataAccessResourceFailureException("Connection refused")));

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(DATABASE_ES);
    }

    @Test
    void aConnectionLostInsideHibernateOrThePoolAlsoSaysTheDatabaseIsAway() {
        navigate(MyTasksView.class);

        handler.error(new ErrorEvent(new JpaSystemException(new RuntimeException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out")))));
        handler.error(new ErrorEvent(new RuntimeException(new JDBCConnectionException("Connection is broken",
                new SQLException("session closed", "08006")))));

        assertThat($(Notification.class).all()).extracting(notification -> test(notification).getText())
                .containsSubsequence(DATABASE_ES, DATABASE_ES);
    }

    @Test
    void conflictNamesTheConflict() {
        navigate(MyTasksView.class);

        handler.error(new ErrorEvent(new EditConflictException("initiative", 1L)));

        assertThat(test($(Notification.class).last()).getText()).startsWith("Otra persona guardó este registro");
    }

    @Test
    void conflictNoticedOnlyAtCommitNamesTheConflictToo() {
        navigate(MyTasksView.class);

        handler.error(new ErrorEvent(new RuntimeException(
                new ObjectOptimisticLockingFailureException("org.accord.initiative.Initiative", 1L))));
        assertThat(test($(Notification.class).last()).getText()).startsWith("Otra persona guardó este registro");

        handler.error(new ErrorEvent(new DuplicateKeyException("Duplicate entry '7' for key 'PRIMARY'")));
        assertThat(test($(Notification.class).last()).getText()).startsWith("Otra persona guardó este registro");
    }

    private long denials() {
        return jdbc.queryForObject("select count(*) from audit_event where actor = 'liaison.mx' "
                + "and action = 'ACCESS_DENIED' and details = 'service'", Long.class);
    }
}
