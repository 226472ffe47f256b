package org.accord.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.accord.shared.PlainText;
import org.accord.shared.TypedText;
import org.accord.shared.VisibleText;

/** The governance body of an agreement being set up or edited: co-chairs by party code, members by user id. */
public class GovernanceDraft {

    private long version;
    private boolean exists;

    @VisibleText(message = "{governance.name.required}")
    @Size(max = 200, message = "{text.at-most.200}")
    @PlainText
    private String nameEn = "";

    @VisibleText(message = "{governance.name.required}")
    @Size(max = 200, message = "{text.at-most.200}")
    @PlainText
    private String nameEs = "";

    @NotNull(message = "{governance.cadence.required}")
    private MeetingCadence cadence = MeetingCadence.QUARTERLY;

    private Map<String, Long> coChairIds = new LinkedHashMap<>();

    private Set<Long> memberIds = new HashSet<>();

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
        this.exists = true;
    }

    boolean exists() {
        return exists;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = TypedText.stripped(nameEn);
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = TypedText.stripped(nameEs);
    }

    public MeetingCadence getCadence() {
        return cadence;
    }

    public void setCadence(MeetingCadence cadence) {
        this.cadence = cadence;
    }

    /** Party code to the user id of that party's co-chair. */
    public Map<String, Long> getCoChairIds() {
        return coChairIds;
    }

    public void setCoChairIds(Map<String, Long> coChairIds) {
        this.coChairIds = new LinkedHashMap<>(coChairIds);
    }

    public Set<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(Set<Long> memberIds) {
        this.memberIds = new HashSet<>(memberIds);
    }
}
