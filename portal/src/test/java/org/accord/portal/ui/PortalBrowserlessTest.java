package org.accord.portal.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.internal.CurrentInstance;
import org.junit.jupiter.api.AfterEach;
import org.accord.PortalTest;

/**
 * A browserless view test on the full application and the real database. Clears Vaadin's thread-locals
 * afterwards: Vaadin's security context strategy would otherwise find a stale session in later tests.
 */
@PortalTest
public abstract class PortalBrowserlessTest extends SpringBrowserlessTest {

    @AfterEach
    void forgetVaadinSession() {
        CurrentInstance.clearAll();
    }
}
