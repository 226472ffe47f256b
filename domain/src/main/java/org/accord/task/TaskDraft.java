package org.accord.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.accord.initiative.Priority;
import org.accord.shared.PlainText;
import org.accord.shared.TypedText;
import org.accord.shared.VisibleText;

/** A task being created or changed by someone who may assign on its initiative. */
public class TaskDraft {

    private Long id;
    private long version;

    @NotNull(message = "{task.initiative.required}")
    private Long initiativeId;

    private Long milestoneId;

    @VisibleText(message = "{task.title.required}")
    @Size(max = 300, message = "{task.title.too-long}")
    @PlainText
    private String title = "";

    @Size(max = 4000, message = "{task.description.too-long}")
    @PlainText(multiLine = true)
    private String description;

    @NotNull(message = "{task.assignee.required}")
    private Long assigneeId;

    @NotNull(message = "{task.due.required}")
    private LocalDate dueDate;

    @NotNull(message = "{task.priority.required}")
    private Priority priority = Priority.MEDIUM;

    private boolean internal;

    public boolean isNew() {
        return id == null;
    }

    String cleanDescription() {
        return TypedText.blankToNull(description);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public void setInitiativeId(Long initiativeId) {
        this.initiativeId = initiativeId;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public void setMilestoneId(Long milestoneId) {
        this.milestoneId = milestoneId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = TypedText.stripped(title);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = TypedText.blankToNull(description);
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }
}
