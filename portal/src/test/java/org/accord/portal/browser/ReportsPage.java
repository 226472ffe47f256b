package org.accord.portal.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBeNotEmpty;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Reports page and the Verify page, driven as their readers and the program manager use them. */
final class ReportsPage {

    /** The report of the whole test database: on a loaded CI machine, writing it takes more than the usual wait. */
    private static final Duration WRITING = Duration.ofMinutes(2);
    private static final By VIEW = By.id("reports-view");
    private static final By PROGRESS = By.id("report-progress");
    private static final By STATUS = By.id("report-status");
    private static final By DOWNLOAD = By.id("report-download");
    private static final By ISSUED = By.id("issued-reports-grid");
    private static final By DIALOG_CONFIRM = By.id("issue-confirm");
    private static final By VERIFY_VIEW = By.id("verify-report-view");
    private static final By VERIFY_RESULT = By.id("verify-result");

    private final Browser browser;

    private ReportsPage(Browser browser) {
        this.browser = browser;
    }

    static ReportsPage open(Browser browser) {
        browser.visit("reports");
        browser.await(visibilityOfElementLocated(VIEW));
        return new ReportsPage(browser);
    }

    /** Picks the reporting period whose code is {@code code} in the period select. */
    ReportsPage period(String code) {
        return select("report-period", "starts-with(normalize-space(), '" + code + " ')");
    }

    /** Picks the item labelled {@code label} in the select with this id. */
    ReportsPage choose(String selectId, String label) {
        return select(selectId, "normalize-space()='" + label + "'");
    }

    private ReportsPage select(String selectId, String itemCondition) {
        WebElement select = browser.await(elementToBeClickable(By.id(selectId)));
        select.click();
        WebElement item = browser.await(elementToBeClickable(
                By.xpath("//vaadin-select-item[@role='option'][" + itemCondition + "]")));
        // A long list (the shared test database holds many periods) may have the item below the fold.
        browser.script("arguments[0].scrollIntoView({block: 'center'});", item);
        item.click();
        browser.await(driver -> !Boolean.TRUE.equals(browser.script("return arguments[0].opened;", select)));
        return this;
    }

    /** The label the select with this id shows. */
    String chosen(String selectId) {
        return browser.driver().findElement(By.cssSelector("#" + selectId + " vaadin-select-value-button"))
                .getText().strip();
    }

    /** Starts writing the file; returns once the progress bar shows. */
    ReportsPage generate() {
        browser.await(elementToBeClickable(By.id("report-generate"))).click();
        browser.await(visibilityOfElementLocated(PROGRESS));
        return this;
    }

    boolean progressBarShown() {
        WebElement bar = browser.driver().findElement(PROGRESS);
        return bar.isDisplayed() && "vaadin-progress-bar".equals(bar.getTagName());
    }

    /** Waits for the finished file's link, clicks it and waits until the browser has saved the file. */
    Path download() {
        List<Path> before = browser.downloaded();
        WebElement link = browser.await(WRITING, elementToBeClickable(DOWNLOAD));
        link.click();
        return browser.awaitDownload(before);
    }

    String status() {
        return browser.driver().findElement(STATUS).getText();
    }

    /**
     * Issues what the form describes through the dialog; when a version was issued before, the dialog asks why this
     * one replaces it and {@code reasonIfReplacing} is the answer. Returns the identifier the page reports.
     */
    String issue(String reasonIfReplacing) {
        browser.await(elementToBeClickable(By.id("report-issue"))).click();
        WebElement confirm = browser.await(elementToBeClickable(DIALOG_CONFIRM));
        List<WebElement> reason = browser.driver().findElements(By.cssSelector("#issue-reason textarea"));
        if (!reason.isEmpty()) {
            reason.getFirst().sendKeys(reasonIfReplacing);
        }
        confirm.click();
        browser.await(WRITING, textToBePresentInElementLocated(STATUS, "Issued as "));
        String status = status();
        return status.substring("Issued as ".length(), status.indexOf('.', "Issued as ".length()));
    }

    /** Waits until the issued list shows the report with this identifier. */
    ReportsPage awaitIssued(String identifier) {
        browser.await(textToBePresentInElementLocated(ISSUED, identifier));
        return this;
    }

    /** Downloads an issued report from the list, exactly as it was issued. */
    Path downloadIssued(String identifier) {
        List<Path> before = browser.downloaded();
        WebElement link = browser.await(elementToBeClickable(By.xpath("//a[contains(@class, 'issued-report-download')]"
                + "[contains(normalize-space(), '" + identifier + ".')]")));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        return browser.awaitDownload(before);
    }

    /** Opens the Verify page, uploads the file and returns what it concluded: current, superseded or not-issued. */
    static Verdict verify(Browser browser, Path file) {
        browser.visit("reports/verify");
        browser.await(visibilityOfElementLocated(VERIFY_VIEW));
        WebElement input = browser.await(driver -> browser.<WebElement>script(
                "const upload = document.getElementById('verify-upload');"
                        + " return upload.querySelector('input[type=file]')"
                        + " || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));"));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.await(attributeToBeNotEmpty(browser.driver().findElement(VERIFY_RESULT), "data-outcome"));
        WebElement result = browser.driver().findElement(VERIFY_RESULT);
        return new Verdict(result.getDomAttribute("data-outcome"), result.getText());
    }

    record Verdict(String outcome, String text) {
    }
}
