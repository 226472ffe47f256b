package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.Component;

/**
 * The initiatives section of the agreement page. The initiative feature provides the bean; without one the
 * page shows no such section. Called once per page visit: return a new component each time.
 */
public interface AgreementInitiatives {

    Component of(long agreementId);
}
