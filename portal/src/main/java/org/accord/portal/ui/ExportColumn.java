package org.accord.portal.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.accord.shared.export.CellType;

/**
 * A column of a list's export: its header in the user's language, what it holds, its width in characters, and
 * its cell for a row (a date as a date, a number as a number, a value already translated).
 */
public record ExportColumn<T>(String header, CellType type, int width, Function<T, Object> cell) {

    /**
     * Each value's text in the user's language, looked up while the view is built: the download runs on a thread
     * of its own, where the translations of the view's UI are not at hand.
     */
    public static <E extends Enum<E>> Map<E, String> texts(Class<E> type, Function<E, String> text) {
        Map<E, String> texts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            texts.put(value, text.apply(value));
        }
        return texts;
    }
}
