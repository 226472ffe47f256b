package org.accord.people;

/** Published when an account is disabled: its open sessions must end. */
public record UserDisabled(String username) {
}
