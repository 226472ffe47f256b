package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/**
 * A tab's place, whose content is made the first time the tab is selected (or asked for): an initiative's page reads
 * and holds only the tabs the user opens.
 */
final class LazyTab<T extends Component> extends Div {

    private final Supplier<T> make;
    private T content;

    LazyTab(Supplier<T> make) {
        this.make = make;
        setWidthFull();
    }

    T content() {
        if (content == null) {
            content = make.get();
            add(content);
        }
        return content;
    }

    /** Makes the content of {@code selected} when it is a lazy tab. */
    static void fill(Component selected) {
        if (selected instanceof LazyTab<?> tab) {
            tab.content();
        }
    }
}
