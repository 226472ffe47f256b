package org.accord.portal.ui.worklist;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.accord.people.Language;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.Texts;
import org.accord.portal.ui.initiative.HealthBadge;
import org.accord.portal.ui.initiative.InitiativeView;
import org.accord.portal.ui.progress.MyUpdatesView;
import org.accord.portal.ui.task.TaskView;
import org.accord.progress.UpdateState;
import org.accord.worklist.DueMilestone;
import org.accord.worklist.LedInitiative;
import org.accord.worklist.OverdueTask;
import org.accord.worklist.UpdateDue;

/** The worklist's rows: each a link to where the work is done, then what the lead needs to know at a glance. */
final class WorklistRows {

    private final LocalDate today;
    private final Language language = Texts.currentLanguage();

    WorklistRows(LocalDate today) {
        this.today = today;
    }

    ListItem initiative(LedInitiative row) {
        var link = new RouterLink(row.code() + " · " + row.title(language), InitiativeView.class, row.id());
        Span next = fact(row.nextMilestoneDate() == null ? text("worklist.initiatives.no-milestone")
                : text("worklist.initiatives.next", row.nextMilestoneTitle(language),
                        Dates.date(row.nextMilestoneDate())));
        return item("worklist-initiative-" + row.id(), link, new HealthBadge(row.health()),
                fact(text("initiative.status." + row.status().name())), next);
    }

    ListItem milestone(DueMilestone row) {
        var link = new RouterLink(row.title(language), InitiativeView.class, row.initiativeId());
        return item("worklist-milestone-" + row.id(), link, fact(row.initiativeCode()),
                fact(text("worklist.milestones.due", Dates.date(row.expectedDate()))),
                fact(text("worklist.milestones.days-left", ChronoUnit.DAYS.between(today, row.expectedDate()))),
                fact(text("milestone.side." + row.side().name())));
    }

    ListItem update(UpdateDue row) {
        var link = new RouterLink(row.initiativeCode() + " · " + row.title(language), MyUpdatesView.class);
        link.setQueryParameters(MyUpdatesView.linkTo(row.periodId(), row.initiativeId()));
        var state = badge(text("progress.state." + row.state().name()),
                row.state() == UpdateState.RETURNED ? "error" : "contrast");
        ListItem item = item("worklist-update-" + row.periodId() + "-" + row.initiativeId(), link,
                fact(row.periodCode()), state);
        if (row.returnComment() != null) {
            var comment = new Paragraph(text("worklist.updates.comment", row.returnComment()));
            comment.addClassName("accord-worklist-comment");
            item.add(comment);
        }
        return item;
    }

    ListItem task(OverdueTask row) {
        var link = new RouterLink(row.title(), TaskView.class, TaskView.of(row.id()));
        return item("worklist-task-" + row.id(), link, fact(row.initiativeCode()),
                fact(text("worklist.tasks.assignee", row.assigneeName())),
                fact(text("worklist.tasks.due", Dates.date(row.dueDate()))),
                badge(text("worklist.tasks.days-overdue", ChronoUnit.DAYS.between(row.dueDate(), today)), "error"));
    }

    private static ListItem item(String id, RouterLink link, Component... facts) {
        link.addClassName("accord-worklist-link");
        var item = new ListItem(link);
        item.setId(id);
        item.add(facts);
        return item;
    }

    private static Span fact(String value) {
        var fact = new Span(value);
        fact.addClassName("accord-worklist-fact");
        return fact;
    }

    private static Span badge(String value, String theme) {
        var badge = new Span(value);
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private static String text(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }
}
