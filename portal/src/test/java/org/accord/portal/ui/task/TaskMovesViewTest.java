package org.accord.portal.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** A task's page offers the moves of {@code TaskMoves}: closed tasks are reopened before they are edited. */
class TaskMovesViewTest extends TaskUiTest {

    @Test
    @WithUserDetails("bersin")
    void aDoneTaskOffersItsLeadReopeningButNoEditingOrCancelling() {
        long task = stories.assign("bersin", "liaison.us", "Send the crossing figures", 5, false);
        move("liaison.us", task, TaskStatus.DONE, "Sent");

        TaskView view = open(task);

        assertThat(view.reopen.isVisible()).isTrue();
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.cancel.isVisible()).isFalse();
        assertThat(view.done.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("liaison.us")
    void aCancelledTaskOffersItsAssigneeNoMove() {
        long task = stories.assign("bersin", "liaison.us", "Visit the bridge", 5, false);
        move("bersin", task, TaskStatus.CANCELLED, null);

        TaskView view = open(task);

        assertThat(view.start.isVisible()).isFalse();
        assertThat(view.block.isVisible()).isFalse();
        assertThat(view.done.isVisible()).isFalse();
        assertThat(view.reopen.isVisible()).isFalse();
        assertThat(view.edit.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("bersin")
    void theLeadRestoresACancelledTaskAndMayEditItAgain() {
        long task = stories.assign("bersin", "liaison.us", "Book the room", 5, false);
        move("bersin", task, TaskStatus.CANCELLED, null);
        TaskView view = open(task);
        assertThat(view.edit.isVisible()).isFalse();

        test(view.reopen).click();

        assertThat(stories.detail("bersin", task).row().status()).isEqualTo(TaskStatus.OPEN);
        assertThat(view.edit.isVisible()).isTrue();
        assertThat(view.cancel.isVisible()).isTrue();
    }

    private void move(String who, long task, TaskStatus status, String text) {
        signedIn.as(who, () -> tasks.changeStatus(task, stories.detail(who, task).row().version(), status, text));
    }

    private TaskView open(long task) {
        TaskView view = navigate("tasks/" + task, TaskView.class);
        roundTrip();
        return view;
    }
}
