package org.accord.progress;

import org.accord.people.Language;

/**
 * A translation of a submitted update as its translator writes it. {@code version} is the one of the translation
 * they opened, null when there was none yet; {@code language} null means the other language than the update's.
 */
public class TranslationDraft {

    private Long version;
    private Language language;
    private String accomplishments;
    private String nextSteps;
    private String risksAndIssues;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
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
}
