package org.accord.portal.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.accord.task.TaskCounts;
import org.accord.task.TaskRow;
import org.accord.task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** My tasks: the overdue first, then by due date; the counts on the page and in the navigation; closed ones apart. */
class MyTasksViewTest extends TaskUiTest {

    @Test
    @WithUserDetails("liaison.us")
    void overdueTasksComeFirstThenByDueDate() {
        long later = stories.assign("bersin", "liaison.us", "Later task", 20, false);
        long soon = stories.assign("bersin", "liaison.us", "Soon task", 2, false);
        long overdue = stories.assign("bersin", "liaison.us", "Overdue task", 1, false);
        stories.dueDaysAgo(overdue, 3);

        MyTasksView view = navigate(MyTasksView.class);

        List<TaskRow> rows = rows(view);
        List<Long> ids = rows.stream().map(TaskRow::id).toList();
        assertThat(ids).contains(overdue, soon, later);
        assertThat(ids.indexOf(overdue)).isLessThan(ids.indexOf(soon));
        assertThat(ids.indexOf(soon)).isLessThan(ids.indexOf(later));
        int firstOnTime = IntStream.range(0, rows.size()).filter(row -> !rows.get(row).overdue()).findFirst()
                .orElse(rows.size());
        assertThat(rows.subList(firstOnTime, rows.size())).noneMatch(TaskRow::overdue);
        assertThat(rows.subList(0, firstOnTime)).allMatch(TaskRow::overdue);
        var overdueCell = test(view.grid).getCellComponent(ids.indexOf(overdue), "dueDate");
        assertThat(overdueCell.getChildren().map(child -> ((Span) child).getText())).contains("Overdue");
        assertThat(test(view.grid).getCellText(ids.indexOf(overdue), 2)).isEqualTo(stories.initiativeCode());
    }

    @Test
    @WithUserDetails("liaison.us")
    void theCountsOfOpenAndOverdueTasksShowOnThePageAndInTheNavigation() {
        TaskCounts before = signedIn.as("liaison.us", () -> tasks.myCounts());
        stories.assign("bersin", "liaison.us", "Counted task", 4, false);
        long overdue = stories.assign("bersin", "liaison.us", "Counted overdue task", 1, false);
        stories.dueDaysAgo(overdue, 1);

        MyTasksView view = navigate(MyTasksView.class);

        long open = before.open() + 2;
        long late = before.overdue() + 1;
        assertThat(view.counts.getText()).isEqualTo(open + " open tasks, " + late + " of them overdue.");
        Span badge = $(Span.class).id("nav-my-tasks-count");
        assertThat(badge.getText()).isEqualTo(open + " · " + late + " overdue");
        assertThat(badge.getElement().getThemeList()).contains("badge", "error");
        assertThat(test(view.grid).size()).isEqualTo((int) open);
    }

    @Test
    @WithUserDetails("liaison.us")
    void doneTasksLeaveTheOpenListAndShowUnderDoneAndCancelled() {
        long task = stories.assign("bersin", "liaison.us", "Finished task", 3, false);
        signedIn.as("liaison.us", () -> tasks.changeStatus(task, stories.detail("liaison.us", task).row().version(),
                TaskStatus.DONE, "Finished"));

        MyTasksView open = navigate(MyTasksView.class);
        assertThat(rows(open)).extracting(TaskRow::id).doesNotContain(task);
        assertThat(open.show.getSelectedTab()).isSameAs(open.open);

        MyTasksView closed = navigate(MyTasksView.class, "show", "closed");
        assertThat(closed.show.getSelectedTab()).isSameAs(closed.closed);
        assertThat(rows(closed).getFirst().id()).isEqualTo(task);
    }

    @Test
    @WithUserDetails("liaison.us")
    void sortingByTitleOrdersTheListInTheDatabase() {
        long b = stories.assign("bersin", "liaison.us", "B sorted task", 6, false);
        long a = stories.assign("bersin", "liaison.us", "A sorted task", 8, false);
        MyTasksView view = navigate(MyTasksView.class);
        List<Long> byDueDate = rows(view).stream().map(TaskRow::id).toList();
        assertThat(byDueDate.indexOf(b)).isLessThan(byDueDate.indexOf(a));

        test(view.grid).sortByColumn("title");

        List<Long> byTitle = rows(view).stream().map(TaskRow::id).toList();
        assertThat(byTitle.indexOf(a)).isLessThan(byTitle.indexOf(b));
    }

    @Test
    @WithUserDetails("wayne")
    void someoneWithNothingOpenIsToldSo() {
        MyTasksView view = navigate(MyTasksView.class);

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Nothing open: no tasks are waiting for you.");
        assertThat(view.counts.getText()).isEqualTo("0 open tasks.");
        assertThat(byId(UI.getCurrent(), "nav-my-tasks-count").isVisible()).isFalse();
    }

    private List<TaskRow> rows(MyTasksView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(row -> test(view.grid).getRow(row)).toList();
    }
}
