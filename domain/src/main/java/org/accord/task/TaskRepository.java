package org.accord.task;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.accord.audit.SubjectName;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

    /**
     * An internal task reaches its assignee only while they belong to its party: for the jobs and counts that
     * go by assignee alone (reminders, calendar feeds, the task badge).
     */
    String ASSIGNEE_MAY_SEE = " (t.internal = false or t.partyId = t.assignee.partyId)";

    @Query("""
            select t from Task t join fetch t.initiative join fetch t.assignee left join fetch t.milestone
            where t.id = :id""")
    Optional<Task> findWithDetailsById(long id);

    @Query("""
            select t from Task t join fetch t.initiative join fetch t.assignee left join fetch t.milestone
            where t.id in :ids""")
    List<Task> findWithDetailsByIdIn(Collection<Long> ids);

    /** The lists' columns of these tasks, without loading tasks, initiatives, milestones and people as entities. */
    @Query("""
            select new org.accord.task.TaskColumns(t.id, t.title, i.id, i.code, i.titleEn, i.titleEs, m.id, m.titleEn,
                m.titleEs, a.id, a.displayName, a.agencyId, t.dueDate, t.priority, t.status, t.internal, t.version)
            from Task t join t.initiative i join t.assignee a left join t.milestone m
            where t.id in :ids""")
    List<TaskColumns> findColumnsByIdIn(Collection<Long> ids);

    /** How many open tasks the person has, and how many of those are overdue, in one statement. */
    @Query("""
            select count(t), coalesce(sum(case when t.dueDate < :today then 1 else 0 end), 0) from Task t
            where t.assignee.id = :assigneeId and t.status in :open and""" + ASSIGNEE_MAY_SEE)
    List<Object[]> countOpen(long assigneeId, Collection<TaskStatus> open, LocalDate today);

    /** Open tasks due by {@code until}, in id order after {@code afterId}: one batch of a reminder run. */
    @Query("""
            select new org.accord.task.DueTask(t.id, t.title, i.id, i.code, t.milestone.id, t.dueDate, t.status,
                t.assignee.id, t.internal, t.partyId)
            from Task t join t.initiative i
            where t.id > :afterId and t.status in :open and t.dueDate <= :until and""" + ASSIGNEE_MAY_SEE
            + " order by t.id")
    List<DueTask> findOpenDueBy(LocalDate until, long afterId, Collection<TaskStatus> open, Limit limit);

    @Query("""
            select new org.accord.task.DueTask(t.id, t.title, i.id, i.code, t.milestone.id, t.dueDate, t.status,
                t.assignee.id, t.internal, t.partyId)
            from Task t join t.initiative i
            where t.assignee.id = :assigneeId and t.status in :open and""" + ASSIGNEE_MAY_SEE
            + " order by t.dueDate, t.id")
    List<DueTask> findOpenOf(long assigneeId, Collection<TaskStatus> open);

    @Query("""
            select distinct t.initiative.id from Task t where t.assignee.id = :assigneeId and t.status in :open
            and""" + ASSIGNEE_MAY_SEE)
    List<Long> findInitiativesWithOpenTasksOf(long assigneeId, Collection<TaskStatus> open);

    @Query("select new org.accord.audit.SubjectName(t.id, t.title) from Task t where t.id in :ids")
    List<SubjectName> findNames(Collection<Long> ids);
}
