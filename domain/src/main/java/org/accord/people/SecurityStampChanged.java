package org.accord.people;

/**
 * Published when an account's rights or password changed: its sessions holding an older stamp end on every node.
 * {@code currentSessionContinues} when the user changed their own password: the session that did it goes on.
 */
public record SecurityStampChanged(String username, long stamp, boolean currentSessionContinues) {
}
