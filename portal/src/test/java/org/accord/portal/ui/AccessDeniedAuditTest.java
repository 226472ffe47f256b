package org.accord.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

class AccessDeniedAuditTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("liaison.us")
    void deniedViewIsRecordedInTheAuditTrail() {
        long before = deniedCount();
        navigate("admin/users", AccessDeniedView.class);
        assertThat(deniedCount()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("napolitano")
    void thePageAnExecutiveGetsAtPeriodsHasATitleThatSaysSo() {
        var denied = navigate("periods", AccessDeniedView.class);
        assertThat(denied.getPageTitle()).isEqualTo("Not allowed · Accord");
    }

    private long deniedCount() {
        return jdbc.queryForObject("select count(*) from audit_event where actor = 'liaison.us' "
                + "and action = 'ACCESS_DENIED' and target = '/admin/users'", Long.class);
    }
}
