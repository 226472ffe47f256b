package org.accord.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.agreement.AgreementDraft;
import org.accord.agreement.Agreements;
import org.accord.agreement.CommitmentDraft;
import org.accord.agreement.CommitmentRef;
import org.accord.agreement.GovernanceDraft;
import org.accord.demo.AgreementSeed.CommitmentSeed;
import org.accord.demo.InitiativeSeed.CommitmentKey;
import org.accord.initiative.InitiativeDraft;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.Agency;
import org.accord.people.Directory;
import org.accord.people.PersonRef;
import org.accord.people.ReferenceData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo portfolio of 27 February 2012: the four instruments with their commitments and governance bodies,
 * and the initiatives that implement them. It goes through the agreement and initiative services, so their
 * rules, leads' history and field history apply, and it must run as a program manager.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','PROGRAM_MANAGER')")
public class DemoPortfolio {

    private final Agreements agreements;
    private final InitiativePortfolio portfolio;
    private final ReferenceData referenceData;
    private final Directory directory;

    DemoPortfolio(Agreements agreements, InitiativePortfolio portfolio, ReferenceData referenceData,
                  Directory directory) {
        this.agreements = agreements;
        this.portfolio = portfolio;
        this.referenceData = referenceData;
        this.directory = directory;
    }

    /**
     * Registers the agreements and initiatives whose codes are not there yet; an initiative only if every
     * commitment it serves is there (an agreement registered by hand under a demo code may lack some).
     */
    @Transactional
    public DemoLoad load() {
        Map<String, Long> agreementIds = new HashMap<>();
        int agreementsAdded = 0;
        for (AgreementSeed seed : DemoAgreements.ALL) {
            var existing = agreements.idOf(seed.code());
            if (existing.isPresent()) {
                agreementIds.put(seed.code(), existing.get());
            } else {
                agreementIds.put(seed.code(), register(seed));
                agreementsAdded++;
            }
        }
        Map<CommitmentKey, Long> commitments = commitments(agreementIds);
        Map<String, Long> initiativesAdded = new LinkedHashMap<>();
        for (InitiativeSeed seed : DemoInitiatives.ALL) {
            if (portfolio.idOf(seed.code()).isEmpty() && commitments.keySet().containsAll(seed.commitments())) {
                initiativesAdded.put(seed.code(), create(seed, commitments));
            }
        }
        return new DemoLoad(agreementsAdded, initiativesAdded);
    }

    /** The demo notes that the signed-in program manager's party writes on the initiatives {@code load} added. */
    @Transactional
    public int addNotes(DemoLoad load) {
        String party = directory.me().partyCode();
        List<NoteSeed> notes = DemoInitiatives.NOTES.stream()
                .filter(note -> note.partyCode().equals(party))
                .filter(note -> load.initiativesAdded().containsKey(note.initiativeCode()))
                .toList();
        notes.forEach(note -> portfolio.addNote(load.initiativesAdded().get(note.initiativeCode()), note.internal(),
                note.body()));
        return notes.size();
    }

    private long register(AgreementSeed seed) {
        var draft = new AgreementDraft();
        draft.setCode(seed.code());
        draft.setTitleEn(seed.titleEn());
        draft.setTitleEs(seed.titleEs());
        draft.setKind(seed.kind());
        draft.setSignedOn(AgreementSeed.SIGNED_ON);
        draft.setSignedPlace(AgreementSeed.SIGNED_PLACE);
        draft.setSummaryEn(seed.summaryEn());
        draft.setSummaryEs(seed.summaryEs());
        draft.setSignatories(seed.signatories());
        long id = agreements.save(draft);
        for (CommitmentSeed commitment : seed.commitments()) {
            var commitmentDraft = new CommitmentDraft();
            commitmentDraft.setNumber(commitment.number());
            commitmentDraft.setTitleEn(commitment.titleEn());
            commitmentDraft.setTitleEs(commitment.titleEs());
            commitmentDraft.setDescriptionEn(commitment.descriptionEn());
            commitmentDraft.setDescriptionEs(commitment.descriptionEs());
            agreements.saveCommitment(id, commitmentDraft);
        }
        var governance = new GovernanceDraft();
        governance.setNameEn(seed.governance().nameEn());
        governance.setNameEs(seed.governance().nameEs());
        governance.setCadence(seed.governance().cadence());
        governance.setCoChairIds(userIds(seed.governance().coChairs()));
        governance.setMemberIds(seed.governance().members().stream().map(this::userId).collect(Collectors.toSet()));
        agreements.saveGovernance(id, governance);
        return id;
    }

    private long create(InitiativeSeed seed, Map<CommitmentKey, Long> commitments) {
        var draft = new InitiativeDraft();
        draft.setCode(seed.code());
        draft.setTitleEn(seed.titleEn());
        draft.setTitleEs(seed.titleEs());
        draft.setDescriptionEn(seed.descriptionEn());
        draft.setDescriptionEs(seed.descriptionEs());
        draft.setCommitmentIds(seed.commitments().stream().map(commitments::get).collect(Collectors.toSet()));
        draft.setLeadAgencyIds(agencyIds(seed.leadAgencies()));
        var leads = new LinkedHashMap<>(seed.leads());
        if (seed.handedOverBy() != null) {
            leads.put("US", seed.handedOverBy());
        }
        draft.setLeadIds(userIds(leads));
        draft.setStatus(seed.status());
        draft.setHealth(seed.health());
        draft.setHealthReason(seed.healthReason());
        draft.setPriority(seed.priority());
        draft.setStartDate(seed.startDate());
        draft.setTargetEndDate(seed.targetEndDate());
        long id = portfolio.save(draft);
        if (seed.handedOverBy() != null) {
            portfolio.assignLead(id, portfolio.detail(id).version(), "US", userId(seed.leads().get("US")));
        }
        return id;
    }

    private Map<CommitmentKey, Long> commitments(Map<String, Long> agreementIds) {
        Map<CommitmentKey, Long> ids = new HashMap<>();
        agreementIds.forEach((code, agreementId) -> {
            for (CommitmentRef commitment : agreements.commitmentsOf(agreementId)) {
                ids.put(new CommitmentKey(code, commitment.number()), commitment.id());
            }
        });
        return ids;
    }

    private Map<String, Long> agencyIds(Map<String, String> agencyCodesByParty) {
        Map<String, Long> byCode = referenceData.agencies().stream()
                .collect(Collectors.toMap(Agency::getCode, Agency::getId));
        Map<String, Long> ids = new LinkedHashMap<>();
        agencyCodesByParty.forEach((party, agency) -> ids.put(party, byCode.get(agency)));
        return ids;
    }

    private Map<String, Long> userIds(Map<String, String> usernamesByParty) {
        Map<String, Long> ids = new LinkedHashMap<>();
        usernamesByParty.forEach((party, username) -> ids.put(party, userId(username)));
        return ids;
    }

    private long userId(String username) {
        return directory.findByUsername(username).map(PersonRef::id)
                .orElseThrow(() -> new IllegalStateException("The demo person '" + username + "' is missing"));
    }
}
