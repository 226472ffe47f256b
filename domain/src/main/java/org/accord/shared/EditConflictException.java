package org.accord.shared;

/** Somebody else saved the record since it was opened: nothing was saved, the user should reload. */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
