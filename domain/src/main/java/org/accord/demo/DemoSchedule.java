package org.accord.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.milestone.MilestoneDraft;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStatus;
import org.accord.progress.ProgressUpdateDraft;
import org.accord.progress.ProgressUpdateView;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;
import org.accord.progress.TranslationDraft;
import org.springframework.stereotype.Service;

/**
 * The demo's milestones and its first reporting period, through the milestone and progress services: the program
 * manager plans the milestones and opens 2012-Q2, each lead submits their updates, the program manager decides.
 * Each step runs as the person who would do it; the caller signs them in.
 */
@Service
public class DemoSchedule {

    private final MilestonePlan milestones;
    private final ReportingPeriods periods;
    private final ProgressUpdates updates;

    DemoSchedule(MilestonePlan milestones, ReportingPeriods periods, ProgressUpdates updates) {
        this.milestones = milestones;
        this.periods = periods;
        this.updates = updates;
    }

    /** The milestones of the initiatives that {@code load} added; returns how many. */
    public int addMilestones(DemoLoad load) {
        Map<String, Long> added = load.initiativesAdded();
        var seeds = DemoMilestones.ALL.stream().filter(seed -> added.containsKey(seed.initiativeCode())).toList();
        seeds.forEach(seed -> add(added.get(seed.initiativeCode()), seed));
        return seeds.size();
    }

    /** Opens 2012-Q2 unless a period of that name exists; its id when opened now. */
    public Optional<Long> openFirstQuarter() {
        if (periods.all().stream().anyMatch(period -> period.code().equals(DemoProgress.QUARTER))) {
            return Optional.empty();
        }
        return Optional.of(periods.openQuarter(DemoProgress.QUARTER));
    }

    /** What the signed-in lead submits (and translates) in the period, on the demo initiatives {@code load} added. */
    public int submitUpdates(long periodId, DemoLoad load, String lead) {
        var seeds = DemoProgress.UPDATES.stream().filter(seed -> seed.lead().equals(lead))
                .filter(seed -> load.initiativesAdded().containsKey(seed.initiativeCode())).toList();
        for (UpdateSeed seed : seeds) {
            var draft = new ProgressUpdateDraft();
            draft.setAccomplishments(seed.accomplishments());
            draft.setNextSteps(seed.nextSteps());
            draft.setProposedHealth(seed.proposedHealth());
            long updateId = updates.submit(periodId, load.initiativesAdded().get(seed.initiativeCode()), draft);
            if (seed.translation() != null) {
                var translation = new TranslationDraft();
                translation.setAccomplishments(seed.translation().accomplishments());
                translation.setNextSteps(seed.translation().nextSteps());
                updates.translate(updateId, translation);
            }
        }
        return seeds.size();
    }

    /** The signed-in program manager approves or returns the submitted demo updates that call for it. */
    public void decide(long periodId, DemoLoad load) {
        for (UpdateSeed seed : DemoProgress.UPDATES) {
            Long initiative = load.initiativesAdded().get(seed.initiativeCode());
            if (initiative == null || !seed.approved() && seed.returnComment() == null) {
                continue;
            }
            ProgressUpdateView update = updates.update(periodId, initiative, seed.partyCode());
            if (seed.approved()) {
                updates.approve(update.id(), update.version());
            } else {
                updates.returnUpdate(update.id(), update.version(), seed.returnComment());
            }
        }
    }

    /** The leads who submit demo updates, each to be signed in for {@link #submitUpdates}. */
    public List<String> leads() {
        return DemoProgress.UPDATES.stream().map(UpdateSeed::lead).distinct().toList();
    }

    private void add(long initiativeId, MilestoneSeed seed) {
        var draft = new MilestoneDraft();
        draft.setTitleEn(seed.titleEn());
        draft.setTitleEs(seed.titleEs());
        draft.setOwnerSide(seed.side());
        draft.setWeight(seed.weight());
        draft.setBaselineDate(seed.baseline());
        long id = milestones.save(initiativeId, draft);
        if (seed.rebaselinedTo() != null) {
            milestones.rebaseline(id, version(id), seed.rebaselinedTo(), seed.rebaselineReason());
        }
        if (seed.status() != MilestoneStatus.PLANNED) {
            boolean noteOnItsOwn = seed.rebaselinedTo() != null;
            milestones.recordProgress(id, version(id), seed.status(), seed.forecast(), seed.actual(),
                    noteOnItsOwn ? null : seed.note());
            if (noteOnItsOwn && seed.note() != null) {
                milestones.logNote(id, seed.note());
            }
        }
    }

    private long version(long milestoneId) {
        return milestones.edit(milestoneId).getVersion();
    }
}
