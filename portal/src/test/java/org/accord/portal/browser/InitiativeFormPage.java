package org.accord.portal.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The new-initiative form, driven the way a program manager fills it in. */
final class InitiativeFormPage {

    private final Browser browser;

    InitiativeFormPage(Browser browser) {
        this.browser = browser;
    }

    static InitiativeFormPage open(Browser browser) {
        browser.visit("initiatives/edit");
        browser.await(visibilityOfElementLocated(By.id("initiative-form")));
        return new InitiativeFormPage(browser);
    }

    InitiativeFormPage type(String fieldId, String text) {
        WebElement input = browser.await(elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Types into a combo box and picks the suggestion that contains {@code itemText}. */
    InitiativeFormPage choose(String comboId, String filter, String itemText) {
        WebElement input = browser.await(elementToBeClickable(By.cssSelector("#" + comboId + " input")));
        input.click();
        input.sendKeys(filter);
        browser.await(elementToBeClickable(By.xpath("//*[self::vaadin-combo-box-item or "
                + "self::vaadin-multi-select-combo-box-item][contains(normalize-space(), \"" + itemText + "\")]")))
                .click();
        if (browser.driver().findElement(By.id(comboId)).getTagName().equals("vaadin-multi-select-combo-box")) {
            // A multi-select stays open for more choices; a single combo box closes by itself.
            input.sendKeys(Keys.ESCAPE);
        }
        return this;
    }

    /** Saves; the portal then shows the new initiative's page. */
    void save() {
        WebElement save = browser.await(visibilityOfElementLocated(By.id("initiative-save")));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", save);
        browser.await(elementToBeClickable(save)).click();
        browser.await(visibilityOfElementLocated(By.id("initiative-view")));
    }
}
