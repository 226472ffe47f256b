package org.accord.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.accord.shared.PlainText;
import org.accord.shared.VisibleText;

/** Who signed for a party: the party's code, a name, a title and optionally the agency's code. */
public record SignatoryDraft(
        @NotNull(message = "{user.party.required}") String partyCode,
        @VisibleText(message = "{signatory.name.required}") @Size(max = 200, message = "{text.at-most.200}") @PlainText
        String personName,
        @Size(max = 200, message = "{text.at-most.200}") @PlainText String personTitle,
        String agencyCode) {
}
