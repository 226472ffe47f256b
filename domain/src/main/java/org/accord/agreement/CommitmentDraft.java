package org.accord.agreement;

import static org.accord.shared.TypedText.blankToNull;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.accord.shared.PlainText;
import org.accord.shared.TypedText;
import org.accord.shared.VisibleText;

/** A commitment being added to an agreement or edited. */
public class CommitmentDraft {

    private Long id;
    private long version;

    @Min(value = 1, message = "{commitment.number.range}")
    @Max(value = 999, message = "{commitment.number.range}")
    private int number = 1;

    @VisibleText(message = "{title.required}")
    @Size(max = 300, message = "{title.too-long}")
    @PlainText
    private String titleEn = "";

    @VisibleText(message = "{title.required}")
    @Size(max = 300, message = "{title.too-long}")
    @PlainText
    private String titleEs = "";

    @Size(max = 2000, message = "{text.at-most.2000}")
    @PlainText(multiLine = true)
    private String descriptionEn;

    @Size(max = 2000, message = "{text.at-most.2000}")
    @PlainText(multiLine = true)
    private String descriptionEs;

    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public boolean isNew() {
        return id == null;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = TypedText.stripped(titleEn);
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = TypedText.stripped(titleEs);
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = blankToNull(descriptionEn);
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    public void setDescriptionEs(String descriptionEs) {
        this.descriptionEs = blankToNull(descriptionEs);
    }
}
