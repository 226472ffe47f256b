package org.accord.notification;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person's account id and party, taken from the security context, never from the caller. */
@Component
class SignedInPerson {

    private final RecipientRepository people;

    SignedInPerson(RecipientRepository people) {
        this.people = people;
    }

    long id() {
        return person().getId();
    }

    long partyId() {
        return person().getPartyId();
    }

    private Recipient person() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Nobody is signed in");
        }
        return people.findByUsername(authentication.getName())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }
}
