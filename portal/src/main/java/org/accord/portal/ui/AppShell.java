package org.accord.portal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Loads Lumo and the Accord theme (from the themes jar) without a frontend build; the icon comes from there too.
 * Every page also gets the script that mends Vaadin components' ARIA faults.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("themes/accord/styles.css")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "themes/accord/favicon.svg", "any");
        settings.addInlineWithContents(TargetElement.BODY, Inline.Position.APPEND, ComponentAriaFixes.SCRIPT,
                Inline.Wrapping.JAVASCRIPT);
    }
}
