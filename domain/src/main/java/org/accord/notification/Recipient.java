package org.accord.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.hibernate.annotations.Immutable;

/** A person notifications reach, read-only: the people feature owns the account. */
@Entity(name = "NotificationRecipient")
@Table(name = "user_account")
@Immutable
class Recipient {

    @Id
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(name = "party_id", nullable = false)
    private Long partyId;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @Column(nullable = false)
    private boolean enabled;

    protected Recipient() {
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getEmail() {
        return email;
    }

    Long getPartyId() {
        return partyId;
    }

    boolean isEnabled() {
        return enabled;
    }

    /** "es" for Spanish readers, otherwise "en". */
    String language() {
        return "es".equalsIgnoreCase(preferredLanguage) ? "es" : "en";
    }

    Locale locale() {
        return Locale.forLanguageTag(language());
    }
}
