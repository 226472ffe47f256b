package org.accord.notification;

import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's choice of e-mails. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationPreferences {

    private final NotificationPreferenceRepository preferences;
    private final SignedInPerson me;

    NotificationPreferences(NotificationPreferenceRepository preferences, SignedInPerson me) {
        this.preferences = preferences;
        this.me = me;
    }

    /** My choices; everything but the digest when I never chose. */
    public EmailChoices mine() {
        return preferences.findById(me.id()).map(NotificationPreference::choices).orElse(EmailChoices.DEFAULTS);
    }

    @Transactional
    public void save(EmailChoices choices) {
        Objects.requireNonNull(choices, "choices");
        long myId = me.id();
        preferences.findById(myId).ifPresentOrElse(p -> p.choose(choices),
                () -> preferences.save(new NotificationPreference(myId, choices)));
    }
}
