package org.accord.portal.api.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.accord.agreement.AgreementDetail;
import org.accord.agreement.AgreementFilter;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.Agreements;
import org.accord.portal.api.ApiPage;
import org.accord.portal.api.PageQuery;
import org.accord.portal.api.Pages;
import org.accord.portal.api.Versions;
import org.accord.portal.api.agreement.AgreementJson.Commitment;
import org.accord.portal.api.agreement.AgreementJson.Detail;
import org.accord.portal.api.agreement.AgreementJson.Summary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "The agreements and their commitments (read)")
class AgreementsApi {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "title", "titleEn",
            "signedOn", "signedOn", "status", "status", "kind", "kind");

    private final Agreements agreements;

    AgreementsApi(Agreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(summary = "Agreements, filtered like the agreements list; sort by code, title, signedOn, status, kind")
    ResponseEntity<ApiPage<Summary>> list(@RequestParam(required = false) String text,
                                          @RequestParam(required = false) AgreementKind kind,
                                          @RequestParam(required = false) AgreementStatus status,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size,
                                          @RequestParam(required = false) List<String> sort) {
        var query = new PageQuery(page, size, sort);
        var filter = new AgreementFilter(text, kind, status);
        return Pages.of(agreements.page(filter, query.pageable(SORTABLE)), query, agreements.count(filter),
                Summary::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement with its signatories, commitments and governance body")
    ResponseEntity<Detail> one(@PathVariable long id) {
        AgreementDetail detail = find(id);
        return ResponseEntity.ok().eTag(Versions.etag(detail.version())).body(Detail.of(detail));
    }

    @GetMapping("/{id}/commitments")
    @Operation(summary = "The agreement's commitments, by number")
    List<Commitment> commitments(@PathVariable long id) {
        find(id);
        return agreements.commitmentsOf(id).stream().map(Commitment::of).toList();
    }

    /** An unknown agreement is a 404 (the service refuses it as gone). */
    private AgreementDetail find(long id) {
        return agreements.detail(id);
    }
}
