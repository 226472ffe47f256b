package org.accord.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.people.Directory;
import org.accord.people.PersonRef;
import org.accord.progress.PeriodView;
import org.accord.progress.ReportingPeriods;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.TypedText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issued reports: program managers issue a bilateral report, which stores its file with the SHA-256 of its bytes,
 * never to change; issuing the same period, scope, language and format again makes the next version, which names
 * the one it supersedes and why. Everyone who reads reports lists and downloads them; anyone signed in checks
 * whether a file, an identifier or a printed data hash is that of an issued report.
 * <p>
 * Rendering takes seconds, so {@link #issue} holds no transaction while the file is drawn: it plans the identity,
 * renders, then stores everything in one transaction that checks the plan still holds.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class IssuedReports {

    /** The largest file {@link #verify} reads. */
    public static final long MAX_VERIFY_BYTES = 200L * 1024 * 1024;
    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 1000;

    private static final String MAY_ISSUE = "hasAnyRole('ADMIN','PROGRAM_MANAGER')";
    private static final String MAY_READ = "hasAnyRole('ADMIN','PROGRAM_MANAGER','OVERSIGHT_LEAD','EXECUTIVE')";
    /** A date after every period, that every database stores (LocalDate.MAX is not one). */
    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    private final IssuedReportRepository reports;
    private final IssuedReportStore store;
    private final ReportReader scopes;
    private final ReportingPeriods periods;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final String verifyUrl;
    private final Clock clock;

    IssuedReports(IssuedReportRepository reports, IssuedReportStore store, ReportingPeriods periods,
                  ReportReader scopes, Directory directory, ApplicationEventPublisher events, AuditLog audit,
                  PlatformTransactionManager transactionManager,
                  @Value("${accord.portal.base-url:http://localhost:8080}") String baseUrl,
                  ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.store = store;
        this.scopes = scopes;
        this.periods = periods;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.verifyUrl = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl)
                + "/reports/verify";
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Issues the bilateral report {@code request} describes, drawn by {@code rendering}. The first issue of a
     * period, scope, language and format takes no {@code supersedesId}; a later one must name the current version
     * and give a reason of at least {@value #MIN_REASON} characters.
     */
    @PreAuthorize(MAY_ISSUE)
    public IssuedReportView issue(ReportRequest request, String reason, Long supersedesId, IssuedRendering rendering) {
        Objects.requireNonNull(rendering, "rendering");
        if (!request.bilateral()) {
            throw new InvalidInputException("request", "report.issue.party-report");
        }
        String why = reason == null ? null : reason.strip();
        PlannedIssue plan = reading.execute(status -> plan(request, why, supersedesId));
        IssuedContent content;
        try {
            content = rendering.render(plan.identity());
        } catch (IOException e) {
            throw new UncheckedIOException("The report " + plan.identity().identifier() + " could not be drawn", e);
        }
        if (content == null || content.content() == null || content.content().length == 0) {
            throw new IllegalStateException("The report " + plan.identity().identifier() + " was drawn empty");
        }
        String sha256 = Sha256.hex(content.content());
        try {
            long id = writing.execute(status -> store(plan, content, sha256));
            audit.record(AuditEntry.success(plan.issuedBy(), AuditAction.REPORT_ISSUED, plan.identity().identifier())
                    .withDetails("SHA-256 " + sha256 + (plan.supersedesId() == null ? ""
                            : ", supersedes " + plan.supersedesId() + ": " + plan.reason())));
            return reading.execute(status -> views(List.of(reports.findById(id).orElseThrow())).getFirst());
        } catch (DataIntegrityViolationException raced) {
            // Someone issued the same report (or superseded the same version) while this one was drawn.
            throw new EditConflictException("issued report", plan.identity().identifier());
        }
    }

    /** The period, scope, language and format a report belongs to; its versions form one series. */
    private record Series(Long periodId, String periodCode, LocalDate from, LocalDate to, String periodPart,
                          String scopePart, String languagePart, String key) {
    }

    private Series series(ReportRequest request) {
        Long periodId = request.periodId();
        String periodCode = null;
        LocalDate from = request.from();
        LocalDate to = request.to();
        if (periodId != null) {
            PeriodView period = periods.all().stream().filter(p -> p.id() == periodId).findFirst()
                    .orElseThrow(() -> new InvalidInputException("period", "report.issue.period-unknown"));
            periodCode = period.code();
            from = period.startDate();
            to = period.endDate();
        } else if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("period", "report.issue.range-invalid");
        }
        String periodPart = periodCode != null ? periodCode : from.toString().replace("-", "") + "-"
                + to.toString().replace("-", "");
        String scopePart = scopePart(request.scope());
        String languagePart = request.language() == ReportLanguage.SIDE_BY_SIDE ? "ENES" : request.language().name();
        return new Series(periodId, periodCode, from, to, periodPart, scopePart, languagePart,
                periodPart + "|" + scopePart + "|" + languagePart + "|" + request.format().name());
    }

    private PlannedIssue plan(ReportRequest request, String reason, Long supersedesId) {
        PersonRef me = directory.me();
        Series series = series(request);
        Long periodId = series.periodId();
        String periodCode = series.periodCode();
        LocalDate from = series.from();
        LocalDate to = series.to();
        String periodPart = series.periodPart();
        String scopePart = series.scopePart();
        String languagePart = series.languagePart();
        String seriesKey = series.key();
        Optional<IssuedReport> latest = reports.findFirstBySeriesKeyOrderByVersionDesc(seriesKey);
        checkSupersedes(latest, supersedesId, reason);
        int version = latest.map(IssuedReport::getVersion).orElse(0) + 1;
        String identifier = String.join("-", "ACR", periodPart, scopePart, languagePart, request.format().name(),
                Integer.toString(version));
        // Whole seconds: what the file prints is what every database stores (Connector/J drops fractions on MariaDB).
        var identity = new ReportIdentity(identifier, version, verifyUrl,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), me.displayName());
        return new PlannedIssue(identity, seriesKey, periodId, periodCode, from, to, request.scope(),
                request.language(), request.format(), me.username(), supersedesId,
                latest.map(IssuedReport::getId).orElse(null), supersedesId == null ? null : reason);
    }

    /** A report already issued is only superseded, by naming its current version, with a reason. */
    private void checkSupersedes(Optional<IssuedReport> latest, Long supersedesId, String reason) {
        if (supersedesId == null) {
            if (latest.isPresent()) {
                throw new InvalidInputException("supersedes", "report.issue.already-issued");
            }
            return;
        }
        IssuedReport superseded = reports.findById(supersedesId)
                .orElseThrow(() -> new InvalidInputException("supersedes", "report.issue.supersedes-unknown"));
        if (reports.findBySupersedesId(supersedesId).isPresent()) {
            throw new InvalidInputException("supersedes", "report.issue.already-superseded");
        }
        if (latest.isEmpty() || !latest.get().getId().equals(superseded.getId())) {
            throw new InvalidInputException("supersedes", "report.issue.other-report");
        }
        if (reason == null || reason.isEmpty()) {
            throw new InvalidInputException("reason", "report.issue.reason-required");
        }
        if (reason.length() < MIN_REASON) {
            throw new InvalidInputException("reason", "report.issue.reason-too-short");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "report.issue.reason-too-long");
        }
        if (TypedText.hasControlCharacters(reason, true)) {
            throw new InvalidInputException("reason", TypedText.CONTROL_CHARACTERS);
        }
    }

    private long store(PlannedIssue plan, IssuedContent content, String sha256) {
        Long latestNow = reports.findFirstBySeriesKeyOrderByVersionDesc(plan.seriesKey())
                .map(IssuedReport::getId).orElse(null);
        if (!Objects.equals(latestNow, plan.latestIdOfSeries())) {
            throw new EditConflictException("issued report", plan.identity().identifier());
        }
        IssuedReport report = reports.saveAndFlush(new IssuedReport(plan, content, sha256));
        store.insert(report.getId(), content.content(),
                content.facts() == null ? ReportFacts.none() : content.facts());
        events.publishEvent(new ReportIssued(report.getId(), report.getIdentifier(), report.getVersion(),
                report.periodLabel(), report.getScopeKind(), report.getScopeId(), report.getLanguage(),
                report.getFormat(), report.getIssuedBy(), report.getSupersedesId()));
        return report.getId();
    }

    private static String scopePart(ReportScope scope) {
        return switch (scope.kind()) {
            case ALL -> "ALL";
            case AGREEMENT -> "AGR" + scope.id();
            case COMMITMENT -> "COM" + scope.id();
            case AGENCY -> "AGY" + scope.id();
        };
    }

    /** Every issued report, the latest first. */
    @PreAuthorize(MAY_READ)
    public List<IssuedReportView> list(Pageable pageable) {
        return reading.execute(status -> views(reports.findAllByOrderByIssuedAtDescIdDesc(pageable)));
    }

    @PreAuthorize(MAY_READ)
    public int count() {
        return Math.toIntExact(reading.execute(status -> reports.count()));
    }

    @PreAuthorize(MAY_READ)
    public IssuedReportView find(long id) {
        return reading.execute(status -> views(List.of(reports.findById(id)
                .orElseThrow(() -> new InvalidInputException("report", "report.issued.unknown")))).getFirst());
    }

    /** The file exactly as it was issued. */
    @PreAuthorize(MAY_READ)
    public IssuedFile download(long id) {
        return reading.execute(status -> {
            IssuedReport report = reports.findById(id)
                    .orElseThrow(() -> new InvalidInputException("report", "report.issued.unknown"));
            return new IssuedFile(report.getFileName(), report.getContentType(),
                    store.content(id).orElseThrow());
        });
    }

    /**
     * What the latest issued report of the same scope said, of a period that starts before {@code beforePeriodId}'s
     * (any period when null); superseded versions do not count.
     */
    @PreAuthorize(MAY_READ)
    public Optional<ReportFacts> lastIssuedFacts(ScopeKind kind, Long scopeId, Long beforePeriodId) {
        LocalDate before = beforePeriodId == null ? END_OF_TIME : periods.all().stream()
                .filter(p -> p.id() == beforePeriodId).findFirst().map(PeriodView::startDate)
                .orElseThrow(() -> new InvalidInputException("period", "report.issue.period-unknown"));
        return reading.execute(status -> reports.findCurrentOfScopeBefore(kind, scopeId, before, Limit.of(1))
                .stream().findFirst().map(report -> store.facts(report.getId())));
    }

    /** The latest issued version of the same period, scope, language and format as {@code request}, if any. */
    @PreAuthorize(MAY_READ)
    public Optional<IssuedReportView> latestVersion(ReportRequest request) {
        return reading.execute(status -> reports.findFirstBySeriesKeyOrderByVersionDesc(series(request).key())
                .map(report -> views(List.of(report)).getFirst()));
    }

    /** The latest current issued report of the scope before {@code beforePeriodId}'s period, with what it said. */
    @PreAuthorize(MAY_READ)
    public Optional<PreviousReport> lastIssued(ScopeKind kind, Long scopeId, Long beforePeriodId) {
        LocalDate before = beforePeriodId == null ? LocalDate.of(9999, 12, 31) : periods.all().stream()
                .filter(p -> p.id() == beforePeriodId).findFirst().map(PeriodView::startDate)
                .orElseThrow(() -> new InvalidInputException("period", "report.issue.period-unknown"));
        return reading.execute(status -> reports.findCurrentOfScopeBefore(kind, scopeId, before, Limit.of(1))
                .stream().findFirst().map(report -> new PreviousReport(views(List.of(report)).getFirst(),
                        store.facts(report.getId()))));
    }

    /**
     * Whether the uploaded file is an issued report: its SHA-256, read as a stream, against every issued file.
     * Refuses a file larger than {@value #MAX_VERIFY_BYTES} bytes at the field "file".
     */
    public Verification verify(InputStream upload) {
        MessageDigest digest = Sha256.digest();
        long size = 0;
        try (var in = new DigestInputStream(upload, digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                if (size > MAX_VERIFY_BYTES) {
                    throw new InvalidInputException("file", "report.verify.too-large");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
        String sha256 = Sha256.format(digest.digest());
        long bytes = size;
        return reading.execute(status -> answer(sha256, bytes, reports.findFirstBySha256OrderById(sha256)));
    }

    /** Whether {@code identifier}, as printed in a report's footer, names an issued report. */
    public Verification verifyIdentifier(String identifier) {
        String typed = identifier == null ? "" : identifier.strip().toUpperCase(Locale.ROOT);
        if (typed.isEmpty()) {
            throw new InvalidInputException("identifier", "report.verify.identifier-required");
        }
        if (typed.length() > 80) {
            return new Verification(null, -1, null, null);
        }
        return reading.execute(status -> answer(null, -1, reports.findByIdentifier(typed)));
    }

    /**
     * Whether {@code sha256}, the data hash printed in an issued PDF's footer (or the SHA-256 of a whole issued
     * file), belongs to an issued report.
     */
    public Verification verifyData(String sha256) {
        String typed = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(typed).matches()) {
            throw new InvalidInputException("hash", "report.verify.hash-pattern");
        }
        return reading.execute(status -> {
            Optional<IssuedReport> found = reports.findFirstByDataSha256OrderById(typed);
            return answer(null, -1, found.isPresent() ? found : reports.findFirstBySha256OrderById(typed));
        });
    }

    /** Whether {@code text} looks like a SHA-256 (64 hexadecimal digits) rather than an identifier. */
    public static boolean looksLikeHash(String text) {
        return text != null && SHA256.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    private Verification answer(String sha256, long size, Optional<IssuedReport> found) {
        if (found.isEmpty()) {
            return new Verification(sha256, size, null, null);
        }
        IssuedReportView report = views(List.of(found.get())).getFirst();
        IssuedReportView current = null;
        if (report.superseded()) {
            IssuedReport latest = reports.findFirstBySeriesKeyOrderByVersionDesc(found.get().getSeriesKey())
                    .orElseThrow();
            current = views(List.of(latest)).getFirst();
        }
        return new Verification(sha256, size, report, current);
    }

    /** The views of {@code rows}: three more queries whatever their number, for names and the supersede chain. */
    private List<IssuedReportView> views(List<IssuedReport> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, PersonRef> people = directory.findByUsernames(
                rows.stream().map(IssuedReport::getIssuedBy).collect(Collectors.toSet()));
        Collection<Long> ids = rows.stream().map(IssuedReport::getId).toList();
        Map<Long, IssuedReport> successors = reports.findBySupersedesIdIn(ids).stream()
                .collect(Collectors.toMap(IssuedReport::getSupersedesId, Function.identity()));
        Map<Long, String> predecessors = reports.findAllById(rows.stream().map(IssuedReport::getSupersedesId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(IssuedReport::getId, IssuedReport::getIdentifier));
        return rows.stream().map(row -> row.view(
                        people.containsKey(row.getIssuedBy()) ? people.get(row.getIssuedBy()).displayName()
                                : row.getIssuedBy(),
                        row.getSupersedesId() == null ? null : predecessors.get(row.getSupersedesId()),
                        successors.get(row.getId()), scopeName(row)))
                .toList();
    }

    private Bilingual scopeName(IssuedReport row) {
        return row.getScopeKind() == ScopeKind.ALL ? null
                : scopes.scopeName(new ReportScope(row.getScopeKind(), row.getScopeId())).orElse(null);
    }
}
