package org.accord.importing;

import java.util.List;
import org.accord.people.Language;

/**
 * A column of an import: its id (the field the services name when they refuse a value), its header in English
 * and in Spanish (a file may use either), whether a file must have it, and what to write in it, for the template.
 */
public record ImportColumn(String id, String headerEn, String headerEs, boolean required, String hintEn,
                           String hintEs) {

    public String header(Language language) {
        return language == Language.ES ? headerEs : headerEn;
    }

    public String hint(Language language) {
        return language == Language.ES ? hintEs : hintEn;
    }

    List<String> headers() {
        return List.of(headerEn, headerEs, id);
    }
}
