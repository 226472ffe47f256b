package org.accord.notification;

/** An e-mail's state: waiting to be sent (or retried), sent, or held because no SMTP server is configured. */
public enum MailStatus {
    PENDING, SENT, HELD
}
