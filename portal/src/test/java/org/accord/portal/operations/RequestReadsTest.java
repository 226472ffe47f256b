package org.accord.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.accord.PortalTest;
import org.accord.people.Directory;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A request reads the signed-in person once; a transaction that writes makes it read them again. */
@PortalTest
class RequestReadsTest {

    @Autowired
    FilterRegistrationBean<RequestReads> requestReads;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    UserDetailsService userDetails;

    private final String name = "Program Office " + System.nanoTime();
    private final List<String> names = new ArrayList<>();
    private String nameBefore;

    @BeforeEach
    void rememberTheName() {
        nameBefore = jdbc.queryForObject("select display_name from user_account where username = 'pm.us'",
                String.class);
    }

    @AfterEach
    void restoreTheName() {
        jdbc.update("update user_account set display_name = ? where username = 'pm.us'", nameBefore);
    }

    @Test
    void theSignedInPersonIsReadOnceARequestAndAgainAfterATransactionThatWrites() throws Exception {
        List<String> seen = inOneRequest(() -> {
            names.add(directory.me().displayName());
            renameOutsideTheRequest();
            names.add(directory.me().displayName());
            new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                    jdbc.update("update user_account set failed_logins = 0 where username = 'pm.us'"));
            names.add(directory.me().displayName());
        });

        assertThat(seen).containsExactly(nameBefore, nameBefore, name);
    }

    @Test
    void aReadOnlyTransactionKeepsWhatTheRequestRead() throws Exception {
        List<String> seen = inOneRequest(() -> {
            names.add(directory.me().displayName());
            renameOutsideTheRequest();
            var readOnly = new TransactionTemplate(transactionManager);
            readOnly.setReadOnly(true);
            readOnly.executeWithoutResult(status -> jdbc.queryForObject("select count(*) from party", Long.class));
            names.add(directory.me().displayName());
        });

        assertThat(seen).containsExactly(nameBefore, nameBefore);
        assertThat(new SignedIn(userDetails).as("pm.us", () -> directory.me().displayName())).isEqualTo(name);
    }

    /** As another node would: a statement of its own, no transaction of this one. */
    private void renameOutsideTheRequest() {
        jdbc.update("update user_account set display_name = ? where username = 'pm.us'", name);
    }

    private List<String> inOneRequest(Runnable work) throws Exception {
        new SignedIn(userDetails).as("pm.us", () -> {
            try {
                requestReads.getFilter().doFilter(new MockHttpServletRequest("GET", "/initiatives"),
                        new MockHttpServletResponse(), (request, response) -> work.run());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return names;
    }
}
