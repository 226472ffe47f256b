package org.accord.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A period the oversight leads report on, by default a calendar quarter. */
@Entity
@Table(name = "reporting_period")
class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private PeriodState state = PeriodState.OPEN;

    @Column(name = "opened_by", nullable = false, length = 60)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected ReportingPeriod() {
    }

    ReportingPeriod(String code, LocalDate startDate, LocalDate endDate, String openedBy, Instant openedAt) {
        this.code = code;
        this.startDate = startDate;
        this.endDate = endDate;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    void close(String by, Instant at) {
        state = PeriodState.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    boolean isOpen() {
        return state == PeriodState.OPEN;
    }

    PeriodView view() {
        return new PeriodView(id, version, code, startDate, endDate, state);
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    long getVersion() {
        return version;
    }
}
