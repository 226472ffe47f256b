package org.accord.agreement;

import static org.accord.shared.TypedText.blankToNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accord.shared.PlainText;
import org.accord.shared.TypedText;
import org.accord.shared.VisibleText;

/** An agreement being registered or edited; {@link Agreements#save} turns it into a change. */
public class AgreementDraft {

    private Long id;
    private long version;

    @VisibleText(message = "{agreement.code.required}")
    @Size(max = 30, message = "{agreement.code.too-long}")
    @Pattern(regexp = "^[A-Za-z0-9._-]*$", message = "{agreement.code.pattern}")
    private String code = "";

    @VisibleText(message = "{title.required}")
    @Size(max = 300, message = "{title.too-long}")
    @PlainText
    private String titleEn = "";

    @VisibleText(message = "{title.required}")
    @Size(max = 300, message = "{title.too-long}")
    @PlainText
    private String titleEs = "";

    @NotNull(message = "{agreement.kind.required}")
    private AgreementKind kind;

    private LocalDate signedOn;

    @Size(max = 200, message = "{text.at-most.200}")
    @PlainText
    private String signedPlace;

    @NotNull(message = "{agreement.status.required}")
    private AgreementStatus status = AgreementStatus.IN_FORCE;

    @Size(max = 4000, message = "{text.at-most.4000}")
    @PlainText(multiLine = true)
    private String summaryEn;

    @Size(max = 4000, message = "{text.at-most.4000}")
    @PlainText(multiLine = true)
    private String summaryEs;

    @Size(max = 500, message = "{text.at-most.500}")
    @Pattern(regexp = "^(https?://\\S+)?$", message = "{agreement.link.invalid}")
    private String link;

    @Valid
    private List<SignatoryDraft> signatories = new ArrayList<>();

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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getSignedPlace() {
        return signedPlace;
    }

    public void setSignedPlace(String signedPlace) {
        this.signedPlace = blankToNull(signedPlace);
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = blankToNull(summaryEn);
    }

    public String getSummaryEs() {
        return summaryEs;
    }

    public void setSummaryEs(String summaryEs) {
        this.summaryEs = blankToNull(summaryEs);
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = blankToNull(link);
    }

    public List<SignatoryDraft> getSignatories() {
        return signatories;
    }

    public void setSignatories(List<SignatoryDraft> signatories) {
        this.signatories = new ArrayList<>(signatories);
    }
}
