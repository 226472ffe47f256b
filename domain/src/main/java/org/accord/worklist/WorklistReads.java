package org.accord.worklist;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;
import org.accord.milestone.OwnerSide;
import org.accord.progress.UpdateState;
import org.accord.worklist.Worklist.Capped;
import org.springframework.stereotype.Component;

/**
 * The worklist's lists, each read in one statement straight from the features' tables; capped lists carry their
 * total as a window count, so no second statement counts them.
 */
@Component
class WorklistReads {

    /** The initiatives the person leads now, for their party; the condition every list starts from. */
    private static final String LED_BY_ME = "a.lead_id = :me and a.ended_at is null";
    private static final String OPEN_MILESTONE = "m.status in ('PLANNED', 'IN_PROGRESS')";

    @PersistenceContext
    private EntityManager entityManager;

    List<LedInitiative> initiatives(long me) {
        Query query = entityManager.createNativeQuery("""
                select i.id, i.code, i.title_en, i.title_es, i.status, i.health,
                       nm.title_en, nm.title_es, nm.expected_date
                from oversight_assignment a join initiative i on i.id = a.initiative_id
                left join (
                    select m.initiative_id, m.title_en, m.title_es, m.expected_date,
                           row_number() over (partition by m.initiative_id order by m.expected_date, m.id) as n
                    from milestone m join oversight_assignment ma on ma.initiative_id = m.initiative_id
                    where ma.lead_id = :me and ma.ended_at is null and %s) nm on nm.initiative_id = i.id and nm.n = 1
                where %s and i.status <> 'CANCELLED'
                order by i.code""".formatted(OPEN_MILESTONE, LED_BY_ME));
        query.setParameter("me", me);
        return rows(query).stream().map(row -> new LedInitiative(number(row[0]), (String) row[1], (String) row[2],
                (String) row[3], InitiativeStatus.valueOf((String) row[4]), Health.valueOf((String) row[5]),
                (String) row[6], (String) row[7], date(row[8]))).toList();
    }

    Capped<DueMilestone> dueMilestones(long me, LocalDate from, LocalDate to, int cap) {
        Query query = entityManager.createNativeQuery("""
                select m.id, i.id, i.code, m.title_en, m.title_es, m.expected_date, m.owner_side, count(*) over ()
                from oversight_assignment a join initiative i on i.id = a.initiative_id
                join milestone m on m.initiative_id = i.id
                where %s and i.status <> 'CANCELLED' and %s and m.expected_date between :from and :to
                order by m.expected_date, i.code, m.id""".formatted(LED_BY_ME, OPEN_MILESTONE));
        query.setParameter("me", me).setParameter("from", from).setParameter("to", to).setMaxResults(cap);
        return capped(query, 7, row -> new DueMilestone(number(row[0]), number(row[1]), (String) row[2],
                (String) row[3], (String) row[4], date(row[5]), OwnerSide.valueOf((String) row[6])));
    }

    Capped<UpdateDue> updatesToWrite(long me, int cap) {
        Query query = entityManager.createNativeQuery("""
                select p.id, p.code, i.id, i.code, i.title_en, i.title_es, u.state,
                       case when u.state = 'RETURNED' then u.return_comment end, count(*) over ()
                from oversight_assignment a join initiative i on i.id = a.initiative_id
                join reporting_period p on p.state = 'OPEN'
                left join progress_update u on u.period_id = p.id and u.initiative_id = i.id
                    and u.party_id = a.party_id
                where %s and i.status = 'ACTIVE' and (u.id is null or u.state in ('DRAFT', 'RETURNED'))
                order by case when u.state = 'RETURNED' then 0 else 1 end, p.start_date, i.code"""
                .formatted(LED_BY_ME));
        query.setParameter("me", me).setMaxResults(cap);
        return capped(query, 8, row -> new UpdateDue(number(row[0]), (String) row[1], number(row[2]),
                (String) row[3], (String) row[4], (String) row[5],
                row[6] == null ? UpdateState.NOT_STARTED : UpdateState.valueOf((String) row[6]), (String) row[7]));
    }

    /**
     * Internal tasks count only for their own party: another party's are never read for the person. Open tasks have no
     * closing time, so the open-and-due index serves the date range.
     */
    Capped<OverdueTask> overdueTasks(String username, long partyId, LocalDate today, int cap) {
        Query query = entityManager.createNativeQuery("""
                select t.id, t.title, i.id, i.code, u.display_name, t.due_date, count(*) over ()
                from task t join initiative i on i.id = t.initiative_id join user_account u on u.id = t.assignee_id
                where t.assigned_by = :username and t.closed_at is null
                    and t.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and t.due_date < :today
                    and (t.internal = false or t.party_id = :party)
                order by t.due_date, t.id""");
        query.setParameter("username", username).setParameter("today", today).setParameter("party", partyId)
                .setMaxResults(cap);
        return capped(query, 6, row -> new OverdueTask(number(row[0]), (String) row[1], number(row[2]),
                (String) row[3], (String) row[4], date(row[5])));
    }

    private static <T> Capped<T> capped(Query query, int totalColumn, Function<Object[], T> mapper) {
        List<Object[]> rows = rows(query);
        long total = rows.isEmpty() ? 0 : number(rows.getFirst()[totalColumn]);
        return new Capped<>(rows.stream().map(mapper).toList(), total);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> throw new IllegalStateException("Not a date: " + value.getClass());
        };
    }
}
