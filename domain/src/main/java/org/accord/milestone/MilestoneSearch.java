package org.accord.milestone;

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
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.accord.shared.PageOfIds;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The milestones list filtered and sorted in the database. Only the conditions that apply are written into the
 * statement, and the due and overdue ones compare the stored expected date, so that the database can use the
 * {@code (status, expected_date)} index instead of reading every milestone.
 */
@Component
class MilestoneSearch {

    private static final Set<MilestoneStatus> OPEN = Set.of(MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS);

    /** What the list asked for; a null field (or false) does not narrow. */
    record Scope(LocalDate today, LocalDate dueUntil, boolean overdue, boolean slipped, OwnerSide side,
                 Collection<Long> commitmentIds, Collection<Long> initiativeIds) {
    }

    private final EntityManager entityManager;
    private final MilestoneRepository milestones;

    MilestoneSearch(EntityManager entityManager, MilestoneRepository milestones) {
        this.entityManager = entityManager;
        this.milestones = milestones;
    }

    /** One page, in the pageable's order: its ids, then those milestones with their initiatives ({@link PageOfIds}). */
    List<Milestone> page(Scope scope, Pageable pageable) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<Milestone> milestone = query.from(Milestone.class);
        query.select(milestone.get("id")).where(conditions(builder, query, milestone, scope))
                .orderBy(order(builder, pageable.getSort(), milestone));
        return PageOfIds.read(entityManager, query, pageable, milestones::findWithInitiativeByIdIn, Milestone::getId);
    }

    long count(Scope scope) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<Milestone> milestone = query.from(Milestone.class);
        query.select(builder.count(milestone)).where(conditions(builder, query, milestone, scope));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder builder, CriteriaQuery<?> query, Root<Milestone> milestone,
                                          Scope scope) {
        var conditions = new ArrayList<Predicate>();
        Path<LocalDate> expected = milestone.get("expectedDate");
        Path<Object> status = milestone.get("status");
        if (scope.dueUntil() != null) {
            conditions.add(builder.isNull(milestone.get("actualDate")));
            conditions.add(status.in(OPEN));
            conditions.add(builder.between(expected, scope.today(), scope.dueUntil()));
        }
        if (scope.overdue()) {
            conditions.add(builder.isNull(milestone.get("actualDate")));
            conditions.add(builder.or(builder.equal(status, MilestoneStatus.MISSED),
                    builder.and(status.in(OPEN), builder.lessThan(expected, scope.today()))));
        }
        if (scope.slipped()) {
            Path<LocalDate> baseline = milestone.get("baselineDate");
            Expression<LocalDate> latest = builder.coalesce(milestone.<LocalDate>get("actualDate"),
                    builder.coalesce(milestone.<LocalDate>get("forecastDate"), baseline));
            conditions.add(builder.greaterThan(latest, baseline));
            conditions.add(builder.notEqual(status, MilestoneStatus.CANCELLED));
        }
        if (scope.side() != null) {
            conditions.add(builder.equal(milestone.get("ownerSide"), scope.side()));
        }
        if (scope.commitmentIds() != null) {
            Subquery<Long> serving = query.subquery(Long.class);
            Root<InitiativeCommitmentLink> link = serving.from(InitiativeCommitmentLink.class);
            serving.select(link.get("key").get("initiativeId"))
                    .where(link.get("key").get("commitmentId").in(scope.commitmentIds()));
            conditions.add(milestone.get("initiative").get("id").in(serving));
        }
        if (scope.initiativeIds() != null) {
            conditions.add(milestone.get("initiative").get("id").in(scope.initiativeIds()));
        }
        return conditions.toArray(Predicate[]::new);
    }

    /** The sort properties of the list's columns, such as {@code titleEn} or {@code initiative.code}. */
    private static List<Order> order(CriteriaBuilder builder, Sort sort, Root<Milestone> milestone) {
        var orders = new ArrayList<Order>();
        for (Sort.Order by : sort) {
            Path<?> path = milestone;
            for (String part : by.getProperty().split("\\.")) {
                path = path.get(part);
            }
            orders.add(by.isAscending() ? builder.asc(path) : builder.desc(path));
        }
        // Ties (two milestones due the same day) keep one order, so that pages neither repeat nor skip a row.
        orders.add(builder.asc(milestone.get("id")));
        return orders;
    }
}
