package org.accord.importing;

import jakarta.validation.Validator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What the drafts' own constraints refuse, noted at the columns named like their fields, and what changes. */
final class DraftChecks {

    private DraftChecks() {
    }

    /** Each refused field once, unless its cell already has a problem (a bad date is not also a missing one). */
    static void validate(Validator validator, Object draft, RowCells cells) {
        validator.validate(draft).forEach(violation -> {
            String field = violation.getPropertyPath().toString();
            String template = violation.getMessageTemplate();
            String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
            if (!cells.hasProblem(field)) {
                cells.problem(field, key);
            }
        });
    }

    /** The ids of the values that differ. */
    static java.util.List<String> changed(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = after.keySet();
        return keys.stream().filter(key -> !Objects.equals(before.get(key), after.get(key)))
                .collect(Collectors.toList());
    }
}
