package org.accord.shared;

/**
 * Input a service refuses. Names the field it belongs to and a message key, so that the view can show
 * the message, in the user's language, at that field.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
