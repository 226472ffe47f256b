package org.accord.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.accord.people.Language;
import org.accord.shared.TypedText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A submitted update in the other language, kept apart so that the original stays as its author wrote it. */
@Entity
@Table(name = "progress_update_translation")
class ProgressUpdateTranslation {

    @Id
    @Column(name = "update_id")
    private Long updateId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 5)
    private Language language;

    @Column(length = 4000)
    private String accomplishments;

    @Column(name = "next_steps", length = 4000)
    private String nextSteps;

    @Column(name = "risks_and_issues", length = 4000)
    private String risksAndIssues;

    @Column(name = "translated_by", nullable = false, length = 60)
    private String translatedBy;

    @Column(name = "translated_at", nullable = false)
    private Instant translatedAt;

    /** A wrapper, so that Spring Data sees a translation not stored yet as new although its id is set. */
    @Version
    private Long version;

    protected ProgressUpdateTranslation() {
    }

    ProgressUpdateTranslation(long updateId) {
        this.updateId = updateId;
    }

    void write(TranslationDraft draft, Language into, String by, Instant at) {
        language = into;
        accomplishments = clean(draft.getAccomplishments());
        nextSteps = clean(draft.getNextSteps());
        risksAndIssues = clean(draft.getRisksAndIssues());
        translatedBy = by;
        translatedAt = at;
    }

    TranslationView view(String translatedByName) {
        return new TranslationView(language, accomplishments, nextSteps, risksAndIssues, translatedBy, translatedAt,
                translatedByName, version);
    }

    static String clean(String text) {
        return TypedText.blankToNull(text);
    }

    Long getUpdateId() {
        return updateId;
    }

    String getTranslatedBy() {
        return translatedBy;
    }

    Long getVersion() {
        return version;
    }
}
