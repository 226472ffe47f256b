package org.accord.portal.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Path;
import org.openqa.selenium.By;

/** The page of one agreement, as the browser shows it. */
final class AgreementPage {

    private static final By HEADER = By.cssSelector("#agreement-header h1");
    private static final By UPLOAD = By.id("agreement-text-upload");
    private static final By DOWNLOAD = By.id("agreement-text-download");
    private static final By UPLOAD_ERROR = By.id("agreement-text-error");

    private final Browser browser;

    private AgreementPage(Browser browser) {
        this.browser = browser;
    }

    static AgreementPage open(Browser browser, long id) {
        browser.visit("agreements/" + id);
        browser.await(visibilityOfElementLocated(HEADER));
        return new AgreementPage(browser);
    }

    /** Gives the file to the upload's file input (in its shadow root), as choosing it in the file dialog does. */
    AgreementPage upload(Path file) {
        browser.driver().findElement(UPLOAD).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    String awaitDownloadLink() {
        return browser.await(visibilityOfElementLocated(DOWNLOAD)).getText();
    }

    String awaitUploadError() {
        return browser.await(visibilityOfElementLocated(UPLOAD_ERROR)).getText();
    }
}
