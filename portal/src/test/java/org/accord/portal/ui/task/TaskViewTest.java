package org.accord.portal.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.task.CommentView;
import org.accord.task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;

/** A task's page as its assignee and as a liaison of the other country see it. */
class TaskViewTest extends TaskUiTest {

    @Test
    @WithUserDetails("liaison.us")
    void assigneeMarksTheTaskDoneWithACompletionNote() {
        long task = stories.assign("bersin", "liaison.us", "Collect the port statistics", 5, false);
        TaskView view = open(task);
        assertThat(view.done.isVisible()).isTrue();
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.cancel.isVisible()).isFalse();

        test(view.done).click();
        TaskStatusDialog dialog = $(TaskStatusDialog.class).single();
        test(dialog.text).setValue("Statistics sent to CBP headquarters");
        test(dialog.confirm).click();

        var stored = stories.detail("bersin", task);
        assertThat(stored.row().status()).isEqualTo(TaskStatus.DONE);
        assertThat(stored.completionNote()).isEqualTo("Statistics sent to CBP headquarters");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(text(view.badges)).contains("Done");
        assertThat(text(view.facts)).contains("Statistics sent to CBP headquarters");
        assertThat(view.done.isVisible()).isFalse();
        assertThat(view.reopen.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("liaison.us")
    void blockingWithoutAReasonIsToldAtTheFieldAndSavesNothing() {
        long task = stories.assign("bersin", "liaison.us", "Book the venue", 5, false);
        TaskView view = open(task);

        test(view.block).click();
        TaskStatusDialog dialog = $(TaskStatusDialog.class).single();
        test(dialog.confirm).click();

        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo("Say what blocks the task.");
        assertThat(dialog.isOpened()).isTrue();
        var stored = stories.detail("bersin", task);
        assertThat(stored.row().status()).isEqualTo(TaskStatus.OPEN);
        assertThat(stored.row().version()).isEqualTo(view.detailVersion());
    }

    @Test
    @WithUserDetails("liaison.us")
    void aLiaisonCannotSeeATaskInternalToTheOtherCountry() {
        long task = stories.assign("lead.mx", "liaison.mx", "Revisión interna de aduanas", 5, true);

        TaskView view = open(task);

        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.notFound.getText()).isEqualTo("This task does not exist, or it is internal to the other country.");
        assertThat(view.content.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("liaison.us")
    void internalCommentsOfTheOtherCountryAreNotShownAndMineAreMarked() {
        long task = stories.assign("bersin", "liaison.us", "Draft the joint report", 5, false);
        signedIn.as("lead.mx", () -> {
            tasks.comment(task, true, "Solo para México: revisar con SAT");
            tasks.comment(task, false, "Shared: the MX part is ready");
        });
        TaskView view = open(task);

        test(view.comments.comment).setValue("US only: check with CBP legal");
        test(view.comments.internal).click();
        test(view.comments.add).click();
        roundTrip();

        List<String> shown = view.comments.lines.getChildren().map(TaskViewTest::text).toList();
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0)).contains("Shared: the MX part is ready").doesNotContain("internal");
        assertThat(shown.get(1)).contains("US only: check with CBP legal", "internal");
        assertThat(String.join("\n", shown)).doesNotContain("Solo para México");
        List<CommentView> asMexico = signedIn.as("lead.mx", () -> tasks.comments(task));
        assertThat(asMexico).extracting(CommentView::body)
                .containsExactly("Solo para México: revisar con SAT", "Shared: the MX part is ready");
    }

    @Test
    @WithUserDetails("liaison.us")
    void aCommentWithoutTextIsToldAtTheField() {
        long task = stories.assign("bersin", "liaison.us", "Translate the minutes", 5, false);
        TaskView view = open(task);

        test(view.comments.add).click();

        assertThat(view.comments.comment.isInvalid()).isTrue();
        assertThat(view.comments.comment.getErrorMessage()).isEqualTo("Write a comment.");
        assertThat(signedIn.as("bersin", () -> tasks.comments(task))).isEmpty();
    }

    @Test
    @WithUserDetails("liaison.us")
    void anExecutableIsRefusedAsEvidenceAndATextFileIsAttached() {
        long task = stories.assign("bersin", "liaison.us", "Send the attendance list", 5, false);
        TaskView view = open(task);
        view.tabs.setSelectedIndex(1);
        roundTrip();

        test(view.evidence.upload).upload("setup.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0});
        assertThat(view.evidence.error.getText()).isEqualTo("Attach a PDF, PNG, JPEG or plain text file.");
        assertThat(signedIn.as("bersin", () -> tasks.evidence(task))).isEmpty();

        test(view.evidence.upload).upload("attendance.txt", "text/plain", "40 officers".getBytes());
        roundTrip();
        assertThat(signedIn.as("bersin", () -> tasks.evidence(task))).singleElement()
                .satisfies(file -> assertThat(file.fileName()).isEqualTo("attendance.txt"));
        assertThat(view.evidence.files.getChildren().map(TaskViewTest::text).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("attendance.txt"));
    }

    @Test
    @WithUserDetails("liaison.us")
    void evidenceNamedWithQuotesLineBreaksAndAccentsDownloadsUnderAValidHeaderWithItsExactName() throws IOException {
        long task = stories.assign("bersin", "liaison.us", "Send the signed minutes", 5, false);
        String quoted = "minutes \"final\"; v2\\a.txt";
        String accented = "acta Poiré 📄 «firmada».txt";
        String brokenLine = "stored before the rule\r\nSet-Cookie: x=1.txt";
        signedIn.as("bersin", () -> List.of(quoted, accented, "renamed.txt")
                .forEach(name -> tasks.attachEvidence(task, name, "signed".getBytes())));
        jdbc.update("update task_evidence set file_name = ? where task_id = ? and file_name = 'renamed.txt'", brokenLine,
                task);
        TaskView view = open(task);
        view.tabs.setSelectedIndex(1);
        roundTrip();

        Map<String, String> headers = new HashMap<>();
        view.evidence.files.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).forEach(link -> {
            MockHttpServletResponse download = download(link);
            String header = download.getHeader("Content-Disposition");
            headers.put(ContentDisposition.parse(header).getFilename(), header);
            assertThat(download.getContentAsByteArray()).isEqualTo("signed".getBytes());
        });

        assertThat(headers).containsOnlyKeys(quoted, accented, brokenLine);
        assertThat(headers.values()).allSatisfy(header -> assertThat(header.chars()).allMatch(c -> c >= 0x20 && c < 0x7F));
        assertThat(headers.get(quoted)).isEqualTo("attachment; filename=\"minutes \\\"final\\\"; v2\\\\a.txt\"; "
                + "filename*=UTF-8''minutes%20%22final%22%3B%20v2%5Ca.txt");
        assertThat(headers.get(accented)).startsWith("attachment; filename=\"acta Poir_ _ _firmada_.txt\"; filename*=");
    }

    @Test
    @WithUserDetails("bersin")
    void theLeadReassignsThroughTheEditDialogAndTheHistoryShowsIt() {
        long task = stories.assign("bersin", "liaison.us", "Check the scanners", 5, false);
        TaskView view = open(task);
        assertThat(view.edit.isVisible()).isTrue();

        test(view.edit).click();
        TaskDialog dialog = $(TaskDialog.class).single();
        assertThat(dialog.assignee.getValue().id()).isEqualTo(stories.idOf("liaison.us"));
        dialog.assignee.setValue(tasks.assignable("", 500).stream()
                .filter(person -> person.username().equals("aguilar")).findFirst().orElseThrow());
        test(dialog.save).click();
        view.tabs.setSelectedIndex(2);
        roundTrip();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(stories.detail("bersin", task).row().assigneeId()).isEqualTo(stories.idOf("aguilar"));
        var history = test(view.history.lines);
        assertThat(java.util.stream.IntStream.range(0, history.size()).mapToObj(row -> history.getCellText(row, 2)
                + ": " + history.getCellText(row, 4))).contains("Assigned to: " + stories.detail("bersin", task).row()
                .assigneeName());
    }

    @Test
    @WithUserDetails("liaison.us")
    void theAssignedLiaisonGetsNoHistoryTab() {
        long task = stories.assign("bersin", "liaison.us", "Count the trucks", 5, false);
        TaskView view = open(task);

        assertThat(java.util.stream.IntStream.range(0, view.tabs.getTabCount())
                .mapToObj(index -> view.tabs.getTabAt(index).getId().orElse("")))
                .contains("tab-task-comments", "tab-task-evidence").doesNotContain("tab-task-history");
        assertThat(view.history).isNull();
    }

    private TaskView open(long task) {
        TaskView view = navigate("tasks/" + task, TaskView.class);
        roundTrip();
        return view;
    }

    /** What the browser gets for the link: the download handler the link is registered with, run on a request. */
    private static MockHttpServletResponse download(Anchor anchor) {
        VaadinSession session = VaadinSession.getCurrent();
        var resource = session.getResourceRegistry().getResource(URI.create(anchor.getHref()))
                .map(StreamResourceRegistry.ElementStreamResource.class::cast).orElseThrow();
        var service = (VaadinServletService) VaadinService.getCurrent();
        var response = new MockHttpServletResponse();
        try {
            resource.getElementRequestHandler().handleRequest(new VaadinServletRequest(new MockHttpServletRequest(),
                    service), new VaadinServletResponse(response, service), session, resource.getOwner());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return response;
    }

    private static String text(Component component) {
        if (component instanceof Paragraph paragraph) {
            return paragraph.getText();
        }
        String own = component.getElement().getText();
        return own + component.getChildren().map(TaskViewTest::text).reduce("", (a, b) -> a + " " + b);
    }
}
