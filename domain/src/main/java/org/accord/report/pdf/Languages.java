package org.accord.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.accord.report.pdf.LineBreaker.Run;

/** Which language each piece of text is in, as BCP 47 tags: a run needs its own /Lang only if it differs. */
final class Languages {

    final String document;

    Languages(Locale document) {
        this.document = document.toLanguageTag();
    }

    String tag(Locale locale) {
        return locale == null ? document : locale.toLanguageTag();
    }

    /** The language all the spans share, or the document's when they differ. */
    String shared(List<Span> spans) {
        String shared = null;
        for (Span span : spans) {
            String spanLanguage = tag(span.language());
            if (shared == null) {
                shared = spanLanguage;
            } else if (!shared.equals(spanLanguage)) {
                return document;
            }
        }
        return shared == null ? document : shared;
    }

    /** The tag to put on an element: null when it is the document's language. */
    String otherThanDocument(String tag) {
        return tag == null || tag.equals(document) ? null : tag;
    }

    /** Cleaned runs of the spans; a run in another language than {@code blockLanguage} keeps its own. */
    List<Run> runs(List<Span> spans, Function<TextStyle, Face> face, String blockLanguage) {
        List<Run> runs = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            String spanLanguage = tag(span.language());
            runs.add(new Run(Text.clean(span.text(), true), face.apply(span.style()),
                    spanLanguage.equals(blockLanguage) ? null : spanLanguage, i));
        }
        return runs;
    }
}
