package org.accord.notification;

/** An e-mail's subject and plain-text body in the recipient's language. */
record RenderedMail(String subject, String body) {
}
