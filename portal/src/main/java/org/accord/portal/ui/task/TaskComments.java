package org.accord.portal.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.TextLimits;
import org.accord.task.CommentView;
import org.accord.task.TaskDetail;
import org.accord.task.Tasks;

/** The Comments tab: oldest first, internal ones marked; the assignee and the managers add one. */
class TaskComments extends VerticalLayout {

    final VerticalLayout lines = new VerticalLayout();
    final TextArea comment = new TextArea();
    final Checkbox internal = new Checkbox();
    final Button add = new Button();

    TaskComments(Tasks tasks, TaskDetail detail, Runnable afterChange) {
        setId("task-comments");
        setPadding(false);
        lines.setId("task-comment-lines");
        lines.setPadding(false);
        var comments = tasks.comments(detail.row().id());
        if (comments.isEmpty()) {
            lines.add(new Paragraph(getTranslation("task.comments.none")));
        }
        comments.forEach(line -> lines.add(line(line)));
        add(lines);
        if (detail.mayWork()) {
            comment.setId("task-comment");
            comment.setLabel(getTranslation("task.comment"));
            TextLimits.atMost(comment, 4000);
            comment.setWidthFull();
            internal.setId("task-comment-internal");
            internal.setLabel(getTranslation("task.comment.internal"));
            internal.setHelperText(getTranslation("task.comment.internal.hint"));
            internal.setVisible(!detail.row().internal());
            add.setId("task-comment-add");
            add.setText(getTranslation("task.comment.add"));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.addClickListener(click -> {
                if (TaskChanges.attempt(() -> tasks.comment(detail.row().id(), internal.getValue(), comment.getValue()),
                        refused -> {
                            comment.setErrorMessage(getTranslation(refused.messageKey()));
                            comment.setInvalid(true);
                        })) {
                    afterChange.run();
                }
            });
            add(comment, internal, add);
        }
    }

    private Div line(CommentView comment) {
        var byline = new Div(new Span(getTranslation("task.comment.byline", comment.authorName(),
                comment.partyCode() == null ? "" : comment.partyCode(), Dates.dateTime(comment.createdAt()))));
        byline.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        if (comment.internal()) {
            var marker = new Span(getTranslation("task.comment.internal-marker"));
            marker.getElement().getThemeList().add("badge contrast small");
            marker.addClassName(LumoUtility.Margin.Start.SMALL);
            byline.add(marker);
        }
        var body = new Paragraph(comment.body());
        body.addClassNames(LumoUtility.Whitespace.PRE_WRAP, LumoUtility.Margin.Vertical.XSMALL);
        var entry = new Div(byline, body);
        entry.addClassName("task-comment-line");
        entry.getElement().setAttribute("data-internal", String.valueOf(comment.internal()));
        return entry;
    }
}
