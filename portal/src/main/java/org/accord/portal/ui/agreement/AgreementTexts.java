package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.UI;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.MeetingCadence;

/** Translations of the agreement feature's values. */
final class AgreementTexts {

    private AgreementTexts() {
    }

    static String kind(AgreementKind kind) {
        return kind == null ? "" : UI.getCurrent().getTranslation("agreement.kind." + kind.name());
    }

    static String status(AgreementStatus status) {
        return status == null ? "" : UI.getCurrent().getTranslation("agreement.status." + status.name());
    }

    static String cadence(MeetingCadence cadence) {
        return cadence == null ? "" : UI.getCurrent().getTranslation("governance.cadence." + cadence.name());
    }
}
