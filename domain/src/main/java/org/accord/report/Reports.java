package org.accord.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accord.people.Directory;
import org.accord.people.PersonRef;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final Map<ReportFormat, ReportRenderer> renderers = new EnumMap<>(ReportFormat.class);

    Reports(ReportAssembler assembler, ReportReader reader, Directory directory, List<ReportRenderer> renderers) {
        this.assembler = assembler;
        this.reader = reader;
        this.directory = directory;
        renderers.forEach(renderer -> this.renderers.put(renderer.format(), renderer));
    }

    /** The reporting periods, latest first. */
    public List<ReportPeriod> periods() {
        return reader.periods();
    }

    /** What the report says, for the on-screen preview. */
    public ReportContent content(ReportRequest request) {
        PersonRef me = directory.me();
        checkParty(request, me);
        return assembler.assemble(request, me.displayName(), null);
    }

    /** Writes the draft report (not issued) in the request's format. */
    public RenderedPages write(ReportRequest request, OutputStream out, ReportProgress progress) {
        PersonRef me = directory.me();
        checkParty(request, me);
        ReportContent content = assembler.assemble(request, me.displayName(), null);
        try {
            return renderer(request.format()).render(content, new ReportWords(request.language()), out, progress, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
