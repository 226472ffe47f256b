package org.accord.portal.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The signed-in portal: the main layout around the view the user landed on. */
final class PortalPage {

    private static final By CONTENT = By.cssSelector("vaadin-app-layout > :not([slot])");
    private static final By WELCOME = By.cssSelector("#home h1");
    private static final By NAVIGATION_ITEMS = By.cssSelector("#side-nav vaadin-side-nav-item");
    private static final By CURRENT_USER = By.id("current-user");
    private static final By LANGUAGE = By.id("language-switch");
    private static final By LOGOUT = By.id("logout");

    private final Browser browser;

    PortalPage(Browser browser) {
        this.browser = browser;
    }

    /** Waits for the landing view, whichever the user's roles lead to, inside the main layout. */
    PortalPage awaitShown() {
        browser.await(visibilityOfElementLocated(CONTENT));
        browser.await(visibilityOfElementLocated(NAVIGATION_ITEMS));
        return this;
    }

    String path() {
        return browser.currentPath();
    }

    String welcome() {
        return browser.await(visibilityOfElementLocated(WELCOME)).getText();
    }

    String currentUser() {
        return browser.driver().findElement(CURRENT_USER).getText();
    }

    List<String> navigation() {
        return browser.driver().findElements(NAVIGATION_ITEMS).stream()
                .map(item -> item.getDomProperty("textContent").strip())
                .toList();
    }

    /** Picks a language in the header's select; the portal saves it and reloads in that language. */
    PortalPage chooseLanguage(String label) {
        WebElement content = browser.driver().findElement(CONTENT);
        browser.await(elementToBeClickable(LANGUAGE)).click();
        browser.await(elementToBeClickable(
                By.xpath("//vaadin-select-item[@role='option'][normalize-space()='" + label + "']"))).click();
        browser.await(stalenessOf(content));
        return awaitShown();
    }

    LoginPage signOut() {
        browser.await(elementToBeClickable(LOGOUT)).click();
        return new LoginPage(browser).awaitShown();
    }

    List<String> stylesheets() {
        return browser.script("return Array.from(document.styleSheets, sheet => sheet.href).filter(href => href);");
    }

    String rootStyle(String property) {
        String value = browser.script(
                "return getComputedStyle(document.documentElement).getPropertyValue(arguments[0]);", property);
        return value.strip();
    }
}
