package org.accord.audit;

import java.util.Objects;

/** One field of a record that changed, with its value before and after, as text. */
public record FieldChange(String field, String before, String after) {

    public static FieldChange of(String field, Object before, Object after) {
        return new FieldChange(field, before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    public boolean isChange() {
        return !Objects.equals(before, after);
    }
}
