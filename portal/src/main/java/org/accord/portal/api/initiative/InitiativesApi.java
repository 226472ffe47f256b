package org.accord.portal.api.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeDetail;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.portal.api.ApiPage;
import org.accord.portal.api.PageQuery;
import org.accord.portal.api.Pages;
import org.accord.portal.api.Versions;
import org.accord.portal.api.initiative.InitiativeJson.Detail;
import org.accord.portal.api.initiative.InitiativeJson.Summary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Initiatives with their lead agencies and oversight leads (read)")
class InitiativesApi {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "title", "titleEn",
            "status", "status", "health", "health", "priority", "priority", "startDate", "startDate",
            "targetEndDate", "targetEndDate");

    private final InitiativePortfolio portfolio;

    InitiativesApi(InitiativePortfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping
    @Operation(summary = "Initiatives, filtered like the initiatives list; sort by code, title, status, health, "
            + "priority, startDate, targetEndDate")
    ResponseEntity<ApiPage<Summary>> list(@RequestParam(required = false) String text,
                                          @RequestParam(required = false) Long agreement,
                                          @RequestParam(required = false) Long commitment,
                                          @RequestParam(required = false) InitiativeStatus status,
                                          @RequestParam(required = false) Health health,
                                          @RequestParam(required = false) Long leadAgency,
                                          @RequestParam(required = false) Long lead,
                                          @RequestParam(required = false) String party,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size,
                                          @RequestParam(required = false) List<String> sort) {
        var query = new PageQuery(page, size, sort);
        var filter = new InitiativeFilter(text, agreement, commitment, status, health, leadAgency, lead, party);
        return Pages.of(portfolio.page(filter, query.pageable(SORTABLE)), query, portfolio.count(filter),
                Summary::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One initiative with its commitments, lead agencies and oversight leads")
    ResponseEntity<Detail> one(@PathVariable long id) {
        InitiativeDetail detail = portfolio.detail(id);
        return ResponseEntity.ok().eTag(Versions.etag(detail.version())).body(Detail.of(detail));
    }
}
