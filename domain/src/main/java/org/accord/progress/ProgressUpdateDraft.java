package org.accord.progress;

import jakarta.validation.constraints.Size;
import org.accord.initiative.Health;

/** What an oversight lead writes in a progress update; {@code version} is the one they opened. */
public class ProgressUpdateDraft {

    private long version;

    @Size(max = 4000, message = "{text.too-long}")
    private String accomplishments;

    @Size(max = 4000, message = "{text.too-long}")
    private String nextSteps;

    @Size(max = 4000, message = "{text.too-long}")
    private String risksAndIssues;

    private Health proposedHealth;

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
        this.accomplishments = accomplishments;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public String getRisksAndIssues() {
        return risksAndIssues;
    }

    public void setRisksAndIssues(String risksAndIssues) {
        this.risksAndIssues = risksAndIssues;
    }

    public Health getProposedHealth() {
        return proposedHealth;
    }

    public void setProposedHealth(Health proposedHealth) {
        this.proposedHealth = proposedHealth;
    }
}
