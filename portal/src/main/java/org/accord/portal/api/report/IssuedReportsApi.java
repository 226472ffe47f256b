package org.accord.portal.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.Supplier;
import org.accord.portal.api.ApiPage;
import org.accord.portal.api.ApiProblem;
import org.accord.portal.api.PageQuery;
import org.accord.portal.api.Pages;
import org.accord.portal.api.Versions;
import org.accord.report.IssuedFile;
import org.accord.report.IssuedReports;
import org.accord.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Issued reports", description = "Issued progress reports: metadata and the archived file (read)")
class IssuedReportsApi {

    private static final String LIAISONS_READ_NONE = "Liaisons read no issued reports";

    private final IssuedReports reports;

    IssuedReportsApi(IssuedReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Issued reports, the latest first")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = LIAISONS_READ_NONE)
    ResponseEntity<ApiPage<IssuedReportJson>> list(@RequestParam(defaultValue = "0") int page,
                                                   @RequestParam(defaultValue = "50") int size) {
        var query = new PageQuery(page, size, null);
        return Pages.of(reports.list(query.pageable()), query, reports.count(), IssuedReportJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One issued report's metadata")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = LIAISONS_READ_NONE)
    ResponseEntity<IssuedReportJson> one(@PathVariable long id) {
        IssuedReportJson report = known(() -> IssuedReportJson.of(reports.find(id)));
        return ResponseEntity.ok().eTag(Versions.etag(report.version())).body(report);
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "The issued report's file, byte for byte as issued (its SHA-256 is in the metadata)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = LIAISONS_READ_NONE)
    ResponseEntity<byte[]> file(@PathVariable long id) {
        IssuedFile file = known(() -> reports.download(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    /** The service refuses an unknown report as input; here it is a resource that is not there. */
    private static <T> T known(Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException unknown) {
            throw ApiProblem.notFound();
        }
    }
}
