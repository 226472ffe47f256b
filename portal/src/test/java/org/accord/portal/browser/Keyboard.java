package org.accord.portal.browser;

import java.util.ArrayList;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** The keyboard, and where its focus is: what a person who does not use a mouse has. */
final class Keyboard {

    /** Enough Tab presses to cross the header and the navigation of any page. */
    private static final int MOST_TABS = 40;

    /** The focused element, through the shadow roots of the components it is in. */
    private static final String FOCUSED = """
            let element = document.activeElement;
            while (element && element.shadowRoot && element.shadowRoot.activeElement) {
              element = element.shadowRoot.activeElement;
            }
            return element;
            """;

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    Keyboard press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        return this;
    }

    Keyboard type(String text) {
        return press(text);
    }

    /** Presses Tab until the focus is in the element with this id (or is it), and returns how many presses it took. */
    int tabTo(String id) {
        var passed = new ArrayList<String>();
        for (int presses = 1; presses <= MOST_TABS; presses++) {
            press(Keys.TAB);
            if (focusIsIn(id)) {
                return presses;
            }
            passed.add(focusedDescription());
        }
        throw new AssertionError("Tab never reached #" + id + "; it went through " + passed);
    }

    /** Presses the arrow key down until the grid's focused row holds the text. */
    void arrowDownToRow(String text) {
        for (int presses = 0; presses <= MOST_TABS; presses++) {
            if (focusedText().contains(text)) {
                return;
            }
            press(Keys.ARROW_DOWN);
        }
        throw new AssertionError("No row with \"" + text + "\"; focus is on " + focusedDescription());
    }

    /** Waits until the focus is in the element with this id. */
    void awaitFocusIn(String id) {
        browser.await(driver -> focusIsIn(id));
    }

    boolean focusIsIn(String id) {
        Boolean in = browser.script("""
                const id = arguments[0];
                let element = document.activeElement;
                while (element) {
                  if (element.id === id || (element.closest && element.closest('#' + id))) return true;
                  element = element.shadowRoot && element.shadowRoot.activeElement;
                }
                return false;
                """, id);
        return in;
    }

    /** The text of what has focus; in a grid, the whole row of the focused cell. */
    String focusedText() {
        return browser.script(FOCUSED.replace("return element;", """
                if (!element) return '';
                const row = element.localName === 'td' || element.localName === 'tr' ? element.closest('tr') : null;
                if (!row) return element.innerText || element.textContent || '';
                return Array.from(row.querySelectorAll('slot'))
                    .flatMap(slot => slot.assignedNodes())
                    .map(node => node.textContent).join(' ');
                """));
    }

    /** Whether the focused element takes room on the screen, inside the window: a person can see where they are. */
    boolean focusIsVisible() {
        Boolean visible = browser.script(FOCUSED.replace("return element;", """
                if (!element || element === document.body) return false;
                const box = element.getBoundingClientRect();
                return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                    && box.top < window.innerHeight && box.left < window.innerWidth;
                """));
        return visible;
    }

    String focusedDescription() {
        return browser.script(FOCUSED.replace("return element;", """
                return element ? element.localName + (element.id ? '#' + element.id : '')
                    + ' "' + (element.innerText || '').slice(0, 60) + '"' : 'nothing';
                """));
    }
}
