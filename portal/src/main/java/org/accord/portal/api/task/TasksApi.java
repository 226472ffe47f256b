package org.accord.portal.api.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.accord.portal.api.ApiPage;
import org.accord.portal.api.PageQuery;
import org.accord.portal.api.Pages;
import org.accord.portal.api.Records;
import org.accord.portal.api.Versions;
import org.accord.portal.api.task.TaskJson.Comment;
import org.accord.portal.api.task.TaskJson.Detail;
import org.accord.portal.api.task.TaskJson.NewComment;
import org.accord.portal.api.task.TaskJson.StatusChange;
import org.accord.portal.api.task.TaskJson.Summary;
import org.accord.task.TaskDetail;
import org.accord.task.Tasks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "The caller's tasks: read, move on (status), comment")
class TasksApi {

    private final Tasks tasks;

    TasksApi(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/mine")
    @Operation(summary = "The caller's tasks: open ones by due date (overdue first), or with closed=true the done "
            + "and cancelled ones, the latest first")
    ResponseEntity<ApiPage<Summary>> mine(@RequestParam(defaultValue = "false") boolean closed,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size) {
        var query = new PageQuery(page, size, null);
        return Pages.of(tasks.mine(closed, query.pageable()), query, tasks.countMine(closed), Summary::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task the caller may see")
    ResponseEntity<Detail> one(@PathVariable long id) {
        return answer(tasks.detail(id));
    }

    @PutMapping("/{id}/status")
    @Operation(summary = "Moves the task on (the assignee and the initiative's managers; Blocked needs a reason, "
            + "Done a completion note); needs If-Match with the task's ETag")
    ResponseEntity<Detail> status(@PathVariable long id,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @RequestBody StatusChange change) {
        long version = Versions.requireMatch(ifMatch, Records.existing(() -> tasks.detail(id)).row().version());
        tasks.changeStatus(id, version, change.status(), change.text());
        return answer(tasks.detail(id));
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "The task's comments, oldest first (the other party's internal ones left out)")
    List<Comment> comments(@PathVariable long id) {
        return tasks.comments(id).stream().map(Comment::of).toList();
    }

    @PostMapping("/{id}/comments")
    @ApiResponse(responseCode = "201", description = "The comment as saved; Location names it")
    @Operation(summary = "Adds a comment (the assignee and the initiative's managers); it changes no existing "
            + "record, so it needs no If-Match")
    ResponseEntity<Comment> comment(@PathVariable long id, @RequestBody NewComment comment) {
        Records.existing(() -> tasks.detail(id));
        long commentId = tasks.comment(id, comment.isInternal(), comment.body());
        Comment created = tasks.comments(id).stream().filter(view -> view.id() == commentId).findFirst()
                .map(Comment::of).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/comments#" + commentId)).body(created);
    }

    private static ResponseEntity<Detail> answer(TaskDetail detail) {
        return ResponseEntity.ok().eTag(Versions.etag(detail.row().version())).body(Detail.of(detail));
    }
}
