package org.accord.progress;

import jakarta.validation.constraints.Size;
import org.accord.initiative.Health;
import org.accord.people.Language;
import org.accord.shared.PlainText;
import org.accord.shared.TypedText;

/**
 * What an oversight lead writes in a progress update; {@code version} is the one they opened. {@code language} is
 * the one they write in; null keeps the update's (a new one takes the lead's preferred language).
 */
public class ProgressUpdateDraft {

    private long version;

    @Size(max = 4000, message = "{text.at-most.4000}")
    @PlainText(multiLine = true)
    private String accomplishments;

    @Size(max = 4000, message = "{text.at-most.4000}")
    @PlainText(multiLine = true)
    private String nextSteps;

    @Size(max = 4000, message = "{text.at-most.4000}")
    @PlainText(multiLine = true)
    private String risksAndIssues;

    private Health proposedHealth;

    private Language language;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getAccomplishments() {
        return accomplishments;
    }

    public void setAccomplishments(String accomplishments) {
        this.accomplishments = TypedText.blankToNull(accomplishments);
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = TypedText.blankToNull(nextSteps);
    }

    public String getRisksAndIssues() {
        return risksAndIssues;
    }

    public void setRisksAndIssues(String risksAndIssues) {
        this.risksAndIssues = TypedText.blankToNull(risksAndIssues);
    }

    public Health getProposedHealth() {
        return proposedHealth;
    }

    public void setProposedHealth(Health proposedHealth) {
        this.proposedHealth = proposedHealth;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
