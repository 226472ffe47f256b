package org.accord.portal.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The task screens: the new-task dialog, My tasks and a task's page, driven as their users do. */
final class TaskPage {

    private static final By VIEW = By.id("task-view");
    private static final By MY_TASKS = By.id("my-tasks-grid");

    private final Browser browser;

    TaskPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the new-task route of an initiative; its dialog shows at once. */
    static TaskPage newTask(Browser browser, long initiativeId) {
        browser.visit("tasks/new?initiative=" + initiativeId);
        browser.await(visibilityOfElementLocated(By.cssSelector("#task-title input")));
        return new TaskPage(browser);
    }

    TaskPage title(String title) {
        WebElement input = browser.await(elementToBeClickable(By.cssSelector("#task-title input")));
        input.sendKeys(title);
        return this;
    }

    /** Types into the assignee box and picks the suggestion with the person's name. */
    TaskPage assignee(String filter, String name) {
        WebElement input = browser.await(elementToBeClickable(By.cssSelector("#task-assignee input")));
        input.click();
        input.sendKeys(filter);
        browser.await(elementToBeClickable(By.xpath("//vaadin-combo-box-item[contains(normalize-space(), \""
                + name + "\")]"))).click();
        return this;
    }

    TaskPage dueDate(LocalDate date) {
        WebElement input = browser.await(elementToBeClickable(By.cssSelector("#task-due input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(date.format(DateTimeFormatter.ofPattern("M/d/yyyy")), Keys.ENTER);
        return this;
    }

    /** Saves the dialog; the portal then shows the new task's page. Returns the task's id from the address. */
    long save() {
        browser.await(elementToBeClickable(By.id("task-save"))).click();
        browser.await(driver -> browser.currentPath().matches("/tasks/[0-9]+"));
        browser.await(visibilityOfElementLocated(VIEW));
        return Long.parseLong(browser.currentPath().substring("/tasks/".length()));
    }

    /** My tasks, once it lists the task with this title; then opens it. */
    TaskPage openFromMyTasks(String title) {
        browser.await(textToBePresentInElementLocated(MY_TASKS, title));
        browser.await(elementToBeClickable(By.xpath("//vaadin-grid-cell-content[normalize-space()=\"" + title
                + "\"]"))).click();
        browser.await(visibilityOfElementLocated(VIEW));
        browser.await(textToBePresentInElementLocated(By.cssSelector("#task-view h1"), title));
        return this;
    }

    static TaskPage open(Browser browser, long taskId) {
        browser.visit("tasks/" + taskId);
        browser.await(visibilityOfElementLocated(VIEW));
        return new TaskPage(browser);
    }

    /** Marks the task done with a completion note and waits until the page shows the note. */
    TaskPage markDone(String note) {
        browser.await(elementToBeClickable(By.id("task-done"))).click();
        browser.await(elementToBeClickable(By.cssSelector("#task-status-text textarea"))).sendKeys(note);
        browser.await(elementToBeClickable(By.id("task-status-confirm"))).click();
        browser.await(textToBePresentInElementLocated(By.id("fact-completion-note"), note));
        return this;
    }

    String status() {
        return browser.await(visibilityOfElementLocated(By.cssSelector("#task-badges .task-status"))).getText();
    }

    String completionNote() {
        return browser.driver().findElement(By.id("fact-completion-note")).getText();
    }

    String myTasksCount() {
        return browser.driver().findElement(By.id("nav-my-tasks-count")).getText();
    }
}
