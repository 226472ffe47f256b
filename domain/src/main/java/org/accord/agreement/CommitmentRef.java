package org.accord.agreement;

import org.accord.people.Language;

/** A commitment as other features and choosers refer to it. */
public record CommitmentRef(long id, long agreementId, String agreementCode, int number, String titleEn,
                            String titleEs) {

    public String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }

    /** "DOP-2012 · 2 · Enforcement of customs laws" */
    public String label(Language language) {
        return agreementCode + " · " + number + " · " + title(language);
    }
}
