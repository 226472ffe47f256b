package org.accord.portal.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/** The dashboard: its heading, period, tiles and their links, and its charts with their show-as-table toggle. */
final class DashboardPage {

    private static final By HEADING = By.cssSelector("#dashboard > h1");
    private static final By TILES = By.cssSelector("#dashboard-tiles .accord-tile");
    private static final By TILE_TITLE = By.cssSelector("h2");
    private static final By HEALTH_LINKS = By.cssSelector("#tile-health a.accord-figure");

    private final Browser browser;

    DashboardPage(Browser browser) {
        this.browser = browser;
    }

    DashboardPage awaitShown() {
        browser.await(visibilityOfElementLocated(HEADING));
        browser.await(visibilityOfElementLocated(TILES));
        return this;
    }

    String heading() {
        return browser.driver().findElement(HEADING).getText();
    }

    /** The period the selector shows. */
    String period() {
        return browser.script("return document.querySelector('#dashboard-period vaadin-select-value-button')"
                + ".textContent.trim();");
    }

    List<String> tileTitles() {
        return browser.driver().findElements(TILES).stream()
                .map(tile -> tile.findElement(TILE_TITLE).getText())
                .toList();
    }

    /** The title the server wrote into the chart's SVG, which screen readers announce. */
    String chartTitle(String chartId) {
        return browser.script("return document.querySelector('#' + arguments[0] + ' svg > title').textContent;",
                chartId);
    }

    ChartAsTable showAsTable(String chartId) {
        clickInView(browser.await(elementToBeClickable(By.id(chartId + "-toggle"))));
        browser.await(visibilityOfElementLocated(By.cssSelector("#" + chartId + " table")));
        return new ChartAsTable(browser.driver().findElement(By.id(chartId)));
    }

    List<Figure> healthLinks() {
        return browser.driver().findElements(HEALTH_LINKS).stream()
                .map(link -> new Figure(Integer.parseInt(link.getDomProperty("textContent").replaceAll("\\D", "")),
                        link.getDomAttribute("href"), link))
                .toList();
    }

    /** Follows a figure's link and returns the number of rows of the list it opens, once the list has counted. */
    int follow(Figure figure, String gridId) {
        clickInView(figure.link());
        By grid = By.id(gridId);
        browser.await(visibilityOfElementLocated(grid));
        String size = "return document.getElementById(arguments[0]).size;";
        try {
            browser.await(driver -> {
                Number rows = browser.script(size, gridId);
                return rows != null && rows.intValue() == figure.number();
            });
        } catch (TimeoutException listDisagrees) {
            // the assertion that follows shows what the list counted instead
        }
        Number rows = browser.script(size, gridId);
        return rows == null ? -1 : rows.intValue();
    }

    /** Clicks an element after scrolling it to the middle of the view, clear of the layout's sticky header. */
    private void clickInView(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Saves the page as a 1280 by 1600 window shows it, for the user guide. */
    void screenshot(Path file) {
        browser.driver().manage().window().setSize(new Dimension(1280, 1600));
        browser.await(visibilityOfElementLocated(HEADING));
        try {
            Files.write(file, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Figure(int number, String href, WebElement link) {
    }

    /** A chart switched to its table. */
    record ChartAsTable(WebElement figure) {

        String toggleText() {
            return figure.findElement(By.cssSelector("vaadin-button")).getText();
        }

        String pressed() {
            return figure.findElement(By.cssSelector("vaadin-button")).getDomAttribute("aria-pressed");
        }

        String caption() {
            return figure.findElement(By.cssSelector("table caption")).getText();
        }

        int rows() {
            return figure.findElements(By.cssSelector("table tbody tr")).size();
        }

        boolean svgShown() {
            return figure.findElement(By.cssSelector(".accord-chart-drawing")).isDisplayed();
        }
    }
}
