package org.accord.portal.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The sign-in page: Vaadin's login form, which posts to Spring Security's form login. */
final class LoginPage {

    private static final By USERNAME = By.cssSelector("vaadin-login-form input[name='username']");
    private static final By PASSWORD = By.cssSelector("vaadin-login-form input[name='password']");

    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
    }

    static LoginPage open(Browser browser) {
        browser.visit("login");
        return new LoginPage(browser).awaitShown();
    }

    LoginPage awaitShown() {
        browser.await(driver -> "/login".equals(browser.currentPath()) && !driver.findElements(USERNAME).isEmpty());
        return this;
    }

    PortalPage signIn(String username, String password) {
        submit(username, password);
        return new PortalPage(browser).awaitShown();
    }

    /** Signs in and waits until the portal shows its landing page, whichever that is for the user. */
    void submit(String username, String password) {
        browser.await(elementToBeClickable(USERNAME)).sendKeys(username);
        browser.driver().findElement(PASSWORD).sendKeys(password, Keys.ENTER);
        browser.await(driver -> !"/login".equals(browser.currentPath()));
    }
}
