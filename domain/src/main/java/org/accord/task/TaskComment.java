package org.accord.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a task: shared with both parties, or internal to the author's party. */
@Entity
@Table(name = "task_comment")
class TaskComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false, updatable = false)
    private Long taskId;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Column(nullable = false)
    private boolean internal;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TaskComment() {
    }

    TaskComment(long taskId, String author, long partyId, boolean internal, String body, Instant createdAt) {
        this.taskId = taskId;
        this.author = author;
        this.partyId = partyId;
        this.internal = internal;
        this.body = body;
        this.createdAt = createdAt;
    }

    CommentView view(String authorName, String partyCode) {
        return new CommentView(id, author, authorName, partyCode, internal, body, createdAt);
    }

    Long getId() {
        return id;
    }

    String getAuthor() {
        return author;
    }

    long getPartyId() {
        return partyId;
    }
}
