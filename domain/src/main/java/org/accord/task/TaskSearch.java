package org.accord.task;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accord.initiative.Priority;
import org.accord.shared.PageOfIds;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Task lists filtered and sorted in the database, a page as its ids then its tasks ({@link PageOfIds}). Only the
 * conditions that apply are written into the statement, so that the database can use the assignee, initiative
 * and status indexes; "open" is written as "not closed" ({@code closed_at is null}), which an index ordered by
 * due date serves for the default order.
 */
@Component
class TaskSearch {

    /**
     * Who looks ({@code viewerPartyId}) and what they asked for; a null field does not narrow. {@code closed} false
     * keeps open tasks, true done and cancelled ones; {@code agreementId} and {@code commitmentId} keep the tasks of
     * initiatives serving a commitment of that agreement, or that commitment.
     */
    record Scope(long viewerPartyId, Long assigneeId, Long partyId, Long agencyId, Long initiativeId,
                 TaskStatus status, Boolean closed, LocalDate overdueBefore, Long ledBy, Long agreementId,
                 Long commitmentId) {
    }

    private final EntityManager entityManager;
    private final TaskRepository tasks;

    TaskSearch(EntityManager entityManager, TaskRepository tasks) {
        this.entityManager = entityManager;
        this.tasks = tasks;
    }

    /** One page: its ids, then those tasks' columns with their initiative's, assignee's and milestone's. */
    List<TaskColumns> page(Scope scope, Pageable pageable) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<Task> task = query.from(Task.class);
        query.select(task.get("id")).where(conditions(builder, query, task, scope))
                .orderBy(order(builder, pageable.getSort(), task));
        return PageOfIds.read(entityManager, query, pageable, tasks::findColumnsByIdIn, TaskColumns::id);
    }

    long count(Scope scope) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<Task> task = query.from(Task.class);
        query.select(builder.count(task)).where(conditions(builder, query, task, scope));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder builder, CriteriaQuery<?> query, Root<Task> task,
                                          Scope scope) {
        var conditions = new ArrayList<Predicate>();
        conditions.add(builder.or(builder.isFalse(task.get("internal")),
                builder.equal(task.get("partyId"), scope.viewerPartyId())));
        if (scope.assigneeId() != null) {
            conditions.add(builder.equal(task.get("assignee").get("id"), scope.assigneeId()));
        }
        if (scope.partyId() != null) {
            conditions.add(assigneeOf(builder, query, task, "partyId", scope.partyId()));
        }
        if (scope.agencyId() != null) {
            conditions.add(assigneeOf(builder, query, task, "agencyId", scope.agencyId()));
        }
        if (scope.initiativeId() != null) {
            conditions.add(builder.equal(task.get("initiative").get("id"), scope.initiativeId()));
        }
        if (scope.closed() != null) {
            Path<Object> closedAt = task.get("closedAt");
            conditions.add(scope.closed() ? builder.isNotNull(closedAt) : builder.isNull(closedAt));
        }
        if (scope.status() != null) {
            conditions.add(builder.equal(task.get("status"), scope.status()));
        }
        if (scope.overdueBefore() != null) {
            conditions.add(builder.lessThan(task.get("dueDate"), scope.overdueBefore()));
        }
        if (scope.ledBy() != null) {
            Subquery<Long> led = query.subquery(Long.class);
            Root<TaskLead> lead = led.from(TaskLead.class);
            led.select(lead.get("initiativeId")).where(builder.equal(lead.get("leadId"), scope.ledBy()),
                    builder.isNull(lead.get("endedAt")));
            conditions.add(task.get("initiative").get("id").in(led));
        }
        if (scope.agreementId() != null || scope.commitmentId() != null) {
            conditions.add(task.get("initiative").get("id").in(serving(builder, query, scope)));
        }
        return conditions.toArray(Predicate[]::new);
    }

    /** The initiatives serving the scope's commitment, a commitment of its agreement, or both (none if not its). */
    private static Subquery<Long> serving(CriteriaBuilder builder, CriteriaQuery<?> query, Scope scope) {
        Subquery<Long> serving = query.subquery(Long.class);
        Root<TaskInitiativeCommitment> link = serving.from(TaskInitiativeCommitment.class);
        Path<Long> commitmentId = link.get("key").get("commitmentId");
        var conditions = new ArrayList<Predicate>();
        if (scope.commitmentId() != null) {
            conditions.add(builder.equal(commitmentId, scope.commitmentId()));
        }
        if (scope.agreementId() != null) {
            Subquery<Long> ofAgreement = serving.subquery(Long.class);
            Root<TaskCommitment> commitment = ofAgreement.from(TaskCommitment.class);
            ofAgreement.select(commitment.get("id"))
                    .where(builder.equal(commitment.get("agreementId"), scope.agreementId()));
            conditions.add(commitmentId.in(ofAgreement));
        }
        return serving.select(link.get("key").get("initiativeId")).where(conditions.toArray(Predicate[]::new));
    }

    /** Tasks whose assignee has {@code value} in {@code field}: a subquery, so that the task table drives. */
    private static Predicate assigneeOf(CriteriaBuilder builder, CriteriaQuery<?> query, Root<Task> task, String field,
                                        long value) {
        Subquery<Long> people = query.subquery(Long.class);
        Root<TaskPerson> person = people.from(TaskPerson.class);
        people.select(person.get("id")).where(builder.equal(person.get(field), value));
        return task.get("assignee").get("id").in(people);
    }

    /** The caller's sort, then by due date and id among equals, so that pages neither overlap nor skip. */
    private static List<Order> order(CriteriaBuilder builder, Sort sort, Root<Task> task) {
        var orders = new ArrayList<Order>();
        for (Sort.Order by : sort) {
            Expression<?> path = switch (by.getProperty()) {
                case "title" -> task.get("title");
                case "initiative" -> task.join("initiative").get("code");
                case "assignee" -> task.join("assignee").get("displayName");
                case "priority" -> priorityRank(builder, task.get("priority"));
                case "status" -> task.get("status");
                case "closedAt" -> task.get("closedAt");
                default -> task.get("dueDate");
            };
            orders.add(by.isAscending() ? builder.asc(path) : builder.desc(path));
        }
        orders.add(builder.asc(task.get("dueDate")));
        orders.add(builder.asc(task.get("id")));
        return orders;
    }

    /** High before medium before low, not alphabetical. */
    private static Expression<Integer> priorityRank(CriteriaBuilder builder, Path<Object> priority) {
        return builder.<Integer>selectCase()
                .when(builder.equal(priority, Priority.HIGH), 0)
                .when(builder.equal(priority, Priority.MEDIUM), 1)
                .otherwise(2);
    }
}
