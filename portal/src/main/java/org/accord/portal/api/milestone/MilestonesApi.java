package org.accord.portal.api.milestone;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.milestone.MilestoneFilter;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.milestone.OwnerSide;
import org.accord.portal.api.ApiPage;
import org.accord.portal.api.PageQuery;
import org.accord.portal.api.Pages;
import org.accord.portal.api.Records;
import org.accord.portal.api.Versions;
import org.accord.portal.api.milestone.MilestoneJson.Log;
import org.accord.portal.api.milestone.MilestoneJson.Progress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Milestones", description = "Milestones and their log (read); progress: status, forecast, actual date")
class MilestonesApi {

    private static final Map<String, String> SORTABLE = Map.of("baselineDate", "baselineDate",
            "forecastDate", "forecastDate", "actualDate", "actualDate", "status", "status", "title", "titleEn",
            "initiative", "initiative.code");

    private final MilestonePlan plan;

    MilestonesApi(MilestonePlan plan) {
        this.plan = plan;
    }

    @GetMapping("/milestones")
    @Operation(summary = "Milestones across the portfolio, filtered like the milestones list; sort by baselineDate, "
            + "forecastDate, actualDate, status, title, initiative")
    ResponseEntity<ApiPage<MilestoneJson>> list(@RequestParam(required = false) Integer dueWithinDays,
                                                @RequestParam(defaultValue = "false") boolean overdue,
                                                @RequestParam(defaultValue = "false") boolean slipped,
                                                @RequestParam(required = false) OwnerSide side,
                                                @RequestParam(required = false) Long agreement,
                                                @RequestParam(required = false) Long commitment,
                                                @RequestParam(required = false) Set<Long> initiative,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "50") int size,
                                                @RequestParam(required = false) List<String> sort) {
        var query = new PageQuery(page, size, sort);
        var filter = new MilestoneFilter(dueWithinDays, overdue, slipped, side, agreement, initiative, commitment);
        return Pages.of(plan.page(filter, query.pageable(SORTABLE)), query, plan.count(filter), MilestoneJson::of);
    }

    @GetMapping("/initiatives/{initiativeId}/milestones")
    @Operation(summary = "An initiative's milestones by baseline date")
    List<MilestoneJson> ofInitiative(@PathVariable long initiativeId) {
        return plan.ofInitiative(initiativeId).milestones().stream().map(MilestoneJson::of).toList();
    }

    @GetMapping("/milestones/{id}")
    @Operation(summary = "One milestone")
    ResponseEntity<MilestoneJson> one(@PathVariable long id) {
        return answer(plan.row(id));
    }

    @GetMapping("/milestones/{id}/log")
    @Operation(summary = "The milestone's log, newest first")
    List<Log> log(@PathVariable long id) {
        return plan.log(id).stream().map(Log::of).toList();
    }

    @PutMapping("/milestones/{id}/progress")
    @Operation(summary = "Records status, forecast and actual date with a note in the log (the initiative's "
            + "managers); needs If-Match with the milestone's ETag")
    ResponseEntity<MilestoneJson> progress(@PathVariable long id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody Progress progress) {
        long version = Versions.requireMatch(ifMatch, Records.existing(() -> plan.row(id)).version());
        plan.recordProgress(id, version, progress.status(), progress.forecastDate(), progress.actualDate(),
                progress.note());
        return answer(plan.row(id));
    }

    private static ResponseEntity<MilestoneJson> answer(MilestoneRow row) {
        return ResponseEntity.ok().eTag(Versions.etag(row.version())).body(MilestoneJson.of(row));
    }
}
