package org.accord.people;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accord.shared.PlainText;
import org.accord.shared.VisibleText;

/**
 * An agency being created or edited in the administration form. The form binds to it; only
 * {@link AgencyAdministration#save} turns it into a change of the agency.
 */
public class AgencyDraft {

    public static final int CODE_LENGTH = 20;
    public static final int NAME_LENGTH = 200;

    private Long id;
    private long version;

    @VisibleText(message = "{agency.code.required}")
    @Size(max = CODE_LENGTH, message = "{agency.code.too-long}")
    @Pattern(regexp = "^[A-Za-z0-9-]*$", message = "{agency.code.pattern}")
    private String code = "";

    @VisibleText(message = "{agency.name-en.required}")
    @Size(max = NAME_LENGTH, message = "{agency.name.too-long}")
    @PlainText
    private String nameEn = "";

    @VisibleText(message = "{agency.name-es.required}")
    @Size(max = NAME_LENGTH, message = "{agency.name.too-long}")
    @PlainText
    private String nameEs = "";

    private Agency parent;

    private boolean active = true;

    private String partyCode;

    public AgencyDraft() {
    }

    static AgencyDraft newOf(String partyCode) {
        var draft = new AgencyDraft();
        draft.partyCode = partyCode;
        return draft;
    }

    static AgencyDraft of(Agency agency) {
        var draft = new AgencyDraft();
        draft.id = agency.getId();
        draft.version = agency.getVersion();
        draft.code = agency.getCode();
        draft.nameEn = agency.getNameEn();
        draft.nameEs = agency.getNameEs();
        draft.parent = agency.getParent();
        draft.active = agency.isActive();
        draft.partyCode = agency.getParty().getCode();
        return draft;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public Agency getParent() {
        return parent;
    }

    public void setParent(Agency parent) {
        this.parent = parent;
    }

    /** As stored: {@link AgencyAdministration#deactivate} and {@code activate} change it, not a save. */
    public boolean isActive() {
        return active;
    }

    /** The party the agency belongs to: the administrator's own for a new one. */
    public String getPartyCode() {
        return partyCode;
    }

}
