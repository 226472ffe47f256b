package org.accord.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One issued report: inserted once, never changed (the database refuses it too). Its file is stored apart. */
@Entity
@Table(name = "issued_report")
@Immutable
class IssuedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String identifier;

    @Column(name = "series_key", nullable = false, length = 120)
    private String seriesKey;

    @Column(nullable = false)
    private int version;

    @Column(name = "period_id")
    private Long periodId;

    @Column(name = "period_code", length = 20)
    private String periodCode;

    @Column(name = "date_from", nullable = false)
    private LocalDate dateFrom;

    @Column(name = "date_to", nullable = false)
    private LocalDate dateTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false, length = 12)
    private ScopeKind scopeKind;

    @Column(name = "scope_id")
    private Long scopeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private ReportFormat format;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "data_sha256", length = 64)
    private String dataSha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private int pages;

    @Column(name = "issued_by", nullable = false, length = 60)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Column(length = 1000)
    private String reason;

    protected IssuedReport() {
    }

    IssuedReport(PlannedIssue plan, IssuedContent content, String sha256) {
        this.identifier = plan.identity().identifier();
        this.seriesKey = plan.seriesKey();
        this.version = plan.identity().version();
        this.periodId = plan.periodId();
        this.periodCode = plan.periodCode();
        this.dateFrom = plan.from();
        this.dateTo = plan.to();
        this.scopeKind = plan.scope().kind();
        this.scopeId = plan.scope().id();
        this.language = plan.language();
        this.format = plan.format();
        this.fileName = content.fileName();
        this.contentType = content.contentType();
        this.sha256 = sha256;
        this.dataSha256 = content.dataSha256();
        this.sizeBytes = content.content().length;
        this.pages = content.pages();
        this.issuedBy = plan.issuedBy();
        this.issuedAt = plan.identity().issuedAt();
        this.supersedesId = plan.supersedesId();
        this.reason = plan.reason();
    }

    IssuedReportView view(String issuedByName, String supersedesIdentifier, IssuedReport supersededBy,
                          Bilingual scopeName) {
        return new IssuedReportView(id, identifier, version, periodId, periodCode, dateFrom, dateTo, scopeKind,
                scopeId, language, format, fileName, contentType, sizeBytes, pages, sha256, dataSha256, issuedBy,
                issuedByName, issuedAt, supersedesId, supersedesIdentifier, reason,
                supersededBy == null ? null : supersededBy.getId(),
                supersededBy == null ? null : supersededBy.getIdentifier(), scopeName);
    }

    Long getId() {
        return id;
    }

    String getIdentifier() {
        return identifier;
    }

    String getSeriesKey() {
        return seriesKey;
    }

    int getVersion() {
        return version;
    }

    String getIssuedBy() {
        return issuedBy;
    }

    Long getSupersedesId() {
        return supersedesId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    String periodLabel() {
        return periodCode != null ? periodCode : dateFrom + " – " + dateTo;
    }

    ScopeKind getScopeKind() {
        return scopeKind;
    }

    Long getScopeId() {
        return scopeId;
    }

    ReportLanguage getLanguage() {
        return language;
    }

    ReportFormat getFormat() {
        return format;
    }
}
