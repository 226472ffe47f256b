package org.accord.initiative;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.accord.agreement.AgreementDraft;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.Agreements;
import org.accord.agreement.CommitmentDraft;
import org.accord.people.Agency;
import org.accord.people.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds agreements and valid initiative drafts with codes no other test uses; call it as a program manager. */
public class PortfolioFixture {

    private final Agreements agreements;
    private final ReferenceData referenceData;
    private final JdbcTemplate jdbc;

    public PortfolioFixture(Agreements agreements, ReferenceData referenceData, JdbcTemplate jdbc) {
        this.agreements = agreements;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 36), 36).toUpperCase();
    }

    /** A new agreement with two commitments; returns the commitment ids. */
    public long[] agreementWithTwoCommitments() {
        var draft = new AgreementDraft();
        draft.setCode(unique("AGR-"));
        draft.setTitleEn("Declaration of Principles");
        draft.setTitleEs("Declaración de Principios");
        draft.setKind(AgreementKind.DECLARATION_OF_PRINCIPLES);
        long agreementId = agreements.save(draft);
        return new long[] {agreementId, commitment(agreementId, 1, "Facilitation of legitimate trade"),
                commitment(agreementId, 2, "Enforcement of customs laws")};
    }

    private long commitment(long agreementId, int number, String title) {
        var draft = new CommitmentDraft();
        draft.setNumber(number);
        draft.setTitleEn(title);
        draft.setTitleEs(title + " (es)");
        return agreements.saveCommitment(agreementId, draft);
    }

    public InitiativeDraft initiative(long commitmentId, String usLead, String mxLead) {
        var draft = new InitiativeDraft();
        draft.setCode(unique("INI-"));
        draft.setTitleEn("Automated customs information exchange");
        draft.setTitleEs("Intercambio automatizado de información aduanera");
        draft.setCommitmentIds(Set.of(commitmentId));
        draft.setLeadAgencyIds(Map.of("US", agency("CBP"), "MX", agency("ADUANAS")));
        draft.setLeadIds(Map.of("US", userId(usLead), "MX", userId(mxLead)));
        return draft;
    }

    public long agency(String code) {
        return referenceData.agencies().stream().filter(agency -> agency.getCode().equals(code))
                .map(Agency::getId).findFirst().orElseThrow();
    }

    public long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
