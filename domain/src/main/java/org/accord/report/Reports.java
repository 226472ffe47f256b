package org.accord.report;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accord.people.Directory;
import org.accord.people.PersonRef;
import org.accord.shared.MayReadReplica;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bilateral progress report: previewed on screen, written as PDF, XLSX or CSV. Executives, program managers,
 * oversight leads and administrators read reports; the bilateral report holds shared content only, and a party's
 * own report, which adds its internal notes, is for that party's people alone.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Reports.MAY_READ)
public class Reports {

    static final String MAY_READ = "hasAnyRole('ADMIN','PROGRAM_MANAGER','OVERSIGHT_LEAD','EXECUTIVE')";

    private final ReportAssembler assembler;
    private final ReportReader reader;
    private final Directory directory;
    private final ReportChangesReader changesReader;
    private final IssuedReports issuedReports;
    private final TransactionTemplate snapshot;
    private final Map<ReportFormat, ReportRenderer> renderers = new EnumMap<>(ReportFormat.class);
    private final ObservationRegistry observations;

    Reports(ReportAssembler assembler, ReportReader reader, Directory directory, List<ReportRenderer> renderers,
            ReportChangesReader changesReader, IssuedReports issuedReports, PlatformTransactionManager transactions,
            ObjectProvider<ObservationRegistry> observations) {
        this.assembler = assembler;
        this.reader = reader;
        this.directory = directory;
        this.changesReader = changesReader;
        this.issuedReports = issuedReports;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        renderers.forEach(renderer -> this.renderers.put(renderer.format(), renderer));
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    /** The agreements, commitments or agencies a report can be limited to. */
    public List<ScopeChoice> scopeChoices(ScopeKind kind) {
        return reader.scopeChoices(kind);
    }

    /**
     * Issues the bilateral report: drawn with its identity in every page's footer (a PDF is then also PDF/A-3 and
     * carries the report's data as an XLSX whose SHA-256 the footer prints), frozen, and announced to the
     * executives of both parties. Re-issuing names the version it supersedes and why.
     */
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAM_MANAGER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IssuedReportView issue(ReportRequest request, String reason, Long supersedesId, ReportProgress progress) {
        PersonRef me = directory.me();
        return observed("issued", request).observe(() -> issuedReports.issue(request, reason, supersedesId,
                identity -> snapshot.execute(status -> drawIssued(request, identity, me, progress))));
    }

    private IssuedContent drawIssued(ReportRequest request, ReportIdentity identity, PersonRef me, ReportProgress progress) {
        ReportContent content = assembler.assemble(request, me.displayName(), identity);
        var words = new ReportWords(request.language());
        try {
            ReportAttachment attachment = null;
            if (request.format() == ReportFormat.PDF) {
                var data = new ByteArrayOutputStream();
                renderer(ReportFormat.XLSX).render(content, words, data, ReportProgress.NONE, null);
                byte[] bytes = data.toByteArray();
                attachment = new ReportAttachment(identity.identifier() + "-data.xlsx", ReportFormat.XLSX.contentType(),
                        bytes, Sha256.hex(bytes));
            }
            var out = new ByteArrayOutputStream();
            RenderedPages pages = renderer(request.format()).render(content, words, out, progress, attachment);
            ReportFacts facts = changesReader.facts(request, content.outline(), content.cover().asOf(),
                    content.cover().period());
            return new IssuedContent(out.toByteArray(), identity.identifier() + "." + request.format().extension(),
                    request.format().contentType(), attachment == null ? null : attachment.sha256(), pages.pages(), facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reporting periods, latest first. */
    public List<ReportPeriod> periods() {
        return reader.periods();
    }

    /** What the report says, for the on-screen preview. */
    @MayReadReplica
    public ReportContent content(ReportRequest request) {
        PersonRef me = directory.me();
        checkParty(request, me);
        return assembler.assemble(request, me.displayName(), null);
    }

    /** Writes the draft report (not issued) in the request's format. */
    @MayReadReplica
    public RenderedPages write(ReportRequest request, OutputStream out, ReportProgress progress) {
        PersonRef me = directory.me();
        checkParty(request, me);
        return observed("draft", request).observe(() -> {
            ReportContent content = assembler.assemble(request, me.displayName(), null);
            try {
                return renderer(request.format()).render(content, new ReportWords(request.language()), out, progress,
                        null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Each report written is timed (metric accord.reports, by kind and format; operations.md "Health and metrics"). */
    private Observation observed(String kind, ReportRequest request) {
        return Observation.createNotStarted("accord.reports", observations)
                .lowCardinalityKeyValue("kind", kind)
                .lowCardinalityKeyValue("format", request.format().name());
    }

    ReportRenderer renderer(ReportFormat format) {
        ReportRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new IllegalStateException("No renderer for " + format);
        }
        return renderer;
    }

    private static void checkParty(ReportRequest request, PersonRef me) {
        if (!request.bilateral() && !request.partyCode().equals(me.partyCode())) {
            throw new AccessDeniedException("A party's internal report is for that party's people only");
        }
    }
}
