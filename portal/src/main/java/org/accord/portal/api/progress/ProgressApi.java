package org.accord.portal.api.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.accord.people.Directory;
import org.accord.portal.api.ApiProblem;
import org.accord.portal.api.Records;
import org.accord.portal.api.Versions;
import org.accord.portal.api.progress.ProgressJson.Draft;
import org.accord.portal.api.progress.ProgressJson.Period;
import org.accord.portal.api.progress.ProgressJson.Update;
import org.accord.progress.ProgressUpdateView;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Progress", description = "Reporting periods, and progress updates: read, write a draft, submit")
class ProgressApi {

    private static final String UPDATE = "/periods/{periodId}/initiatives/{initiativeId}/updates/{party}";

    private final ReportingPeriods periods;
    private final ProgressUpdates updates;
    private final Directory directory;

    ProgressApi(ReportingPeriods periods, ProgressUpdates updates, Directory directory) {
        this.periods = periods;
        this.updates = updates;
        this.directory = directory;
    }

    @GetMapping("/periods")
    @Operation(summary = "Every reporting period, the latest first")
    List<Period> periods() {
        return periods.all().stream().map(Period::of).toList();
    }

    @GetMapping("/periods/{id}")
    @Operation(summary = "One reporting period")
    ResponseEntity<Period> period(@PathVariable long id) {
        Period period = periods.all().stream().filter(view -> view.id() == id).findFirst().map(Period::of)
                .orElseThrow(ApiProblem::notFound);
        return ResponseEntity.ok().eTag(Versions.etag(period.version())).body(period);
    }

    @GetMapping("/initiatives/{initiativeId}/updates")
    @Operation(summary = "An initiative's updates in every period, both parties, the latest first")
    List<Update> ofInitiative(@PathVariable long initiativeId) {
        return updates.ofInitiative(initiativeId).stream().map(Update::of).toList();
    }

    @GetMapping(UPDATE)
    @Operation(summary = "One party's update of an initiative for a period (party: US or MX)")
    ResponseEntity<Update> update(@PathVariable long periodId, @PathVariable long initiativeId,
                                  @PathVariable String party) {
        return answer(find(periodId, initiativeId, party));
    }

    @PutMapping(UPDATE)
    @Operation(summary = "Saves the update as a draft (the initiative's oversight lead of that party, while the "
            + "period is open); needs If-Match with the update's ETag (\"0\" before its first save)")
    ResponseEntity<Update> saveDraft(@PathVariable long periodId, @PathVariable long initiativeId,
                                     @PathVariable String party,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @RequestBody Draft draft) {
        long version = Versions.requireMatch(ifMatch, findOwn(periodId, initiativeId, party).version());
        updates.saveDraft(periodId, initiativeId, draft.toDraft(version));
        return answer(find(periodId, initiativeId, party));
    }

    @PostMapping(UPDATE + "/submit")
    @Operation(summary = "Saves and submits the update in one step; needs If-Match with the update's ETag")
    ResponseEntity<Update> submit(@PathVariable long periodId, @PathVariable long initiativeId,
                                  @PathVariable String party,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @RequestBody Draft draft) {
        long version = Versions.requireMatch(ifMatch, findOwn(periodId, initiativeId, party).version());
        updates.submit(periodId, initiativeId, draft.toDraft(version));
        return answer(find(periodId, initiativeId, party));
    }

    /** A lead writes only their own party's update (which is the one the service writes). */
    private ProgressUpdateView findOwn(long periodId, long initiativeId, String party) {
        ProgressUpdateView view = Records.existing(() -> find(periodId, initiativeId, party));
        if (!party.equals(directory.me().partyCode())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "other-party");
        }
        return view;
    }

    private ProgressUpdateView find(long periodId, long initiativeId, String party) {
        if (!party.equals("US") && !party.equals("MX")) {
            throw ApiProblem.notFound();
        }
        return updates.update(periodId, initiativeId, party);
    }

    private static ResponseEntity<Update> answer(ProgressUpdateView view) {
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(Update.of(view));
    }
}
