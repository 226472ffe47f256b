package org.accord.portal.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A Lumo badge that says its state in words, so colour is never the only sign, drawn by the browser from each row's
 * text, theme and state: a grid column of badges costs its rows' data, not a component per row on the server.
 */
public final class BadgeRenderer {

    private static final String BADGE =
            "<span theme=\"badge ${item.theme}\" data-state=\"${item.state}\">${item.text}</span>";

    private BadgeRenderer() {
    }

    /** {@code state} names the value (GREEN, LATE...), for the eye of tests and style sheets. */
    public static <T> LitRenderer<T> of(ValueProvider<T, String> text, ValueProvider<T, String> theme,
                                        ValueProvider<T, String> state) {
        return LitRenderer.<T>of(BADGE).withProperty("text", text).withProperty("theme", theme)
                .withProperty("state", state);
    }
}
