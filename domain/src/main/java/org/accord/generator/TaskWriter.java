package org.accord.generator;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.generator.TaskPlan.PlannedComment;
import org.accord.generator.TaskPlan.PlannedTask;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes the planned tasks of a chunk of initiatives, and their comments, with batched inserts. */
class TaskWriter {

    private static final int[] TASK_TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
            Types.BIGINT, Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP, Types.DATE, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP};

    private final JdbcTemplate jdbc;
    private final Map<String, Long> partyIds = new HashMap<>();
    private final Map<String, Long> liaisonIds = new HashMap<>();

    TaskWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.query("select id, code from party", row -> {
            partyIds.put(row.getString("code"), row.getLong("id"));
        });
        jdbc.query("select username, id from user_account where username like ?", row -> {
            liaisonIds.put(row.getString(1), row.getLong(2));
        }, TaskPlanner.LIAISON_PREFIX + "%");
    }

    boolean hasTasks(long initiativeId) {
        return !jdbc.queryForList("select id from task where initiative_id = ?", Long.class, initiativeId).isEmpty();
    }

    boolean knowsLiaison(String username) {
        return liaisonIds.containsKey(username);
    }

    /** The tasks of consecutive initiatives (by code), in order, then one comment for those that have one. */
    int writeTasks(List<PlannedTask> tasks, Map<String, Long> initiativeIds) {
        String first = tasks.getFirst().initiativeCode();
        String last = tasks.getLast().initiativeCode();
        Map<Long, List<Long>> milestones = milestoneIds(first, last);
        jdbc.batchUpdate("""
                insert into task (initiative_id, milestone_id, title, description, assignee_id, party_id, internal,
                    assigned_by, assigned_at, due_date, priority, status, blocked_reason, completion_note, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tasks.stream().map(task -> {
                    long initiative = initiativeIds.get(task.initiativeCode());
                    List<Long> ofInitiative = milestones.getOrDefault(initiative, List.of());
                    Long milestone = task.milestonePosition() == null || task.milestonePosition() >= ofInitiative.size()
                            ? null : ofInitiative.get(task.milestonePosition());
                    return new Object[] {initiative, milestone, task.title(), task.description(),
                            liaisonIds.get(task.assignee()), partyIds.get(task.partyCode()), task.internal(),
                            task.assignedBy(), task.assignedAt(), task.dueDate(), task.priority().name(),
                            task.status().name(), task.blockedReason(), task.completionNote(), task.closedAt()};
                }).toList(), TASK_TYPES);
        List<Long> ids = jdbc.queryForList("""
                select t.id from task t join initiative i on i.id = t.initiative_id
                where i.code between ? and ? order by t.id""", Long.class, first, last);
        if (ids.size() != tasks.size()) {
            throw new IllegalStateException("These initiatives have tasks the generator did not plan");
        }
        List<Object[]> comments = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            PlannedTask task = tasks.get(i);
            PlannedComment comment = task.comment();
            if (comment != null) {
                comments.add(new Object[] {ids.get(i), comment.author(), partyIds.get(task.partyCode()),
                        comment.internal(), comment.body(), comment.createdAt()});
            }
        }
        jdbc.batchUpdate("""
                insert into task_comment (task_id, author, party_id, internal, body, created_at)
                values (?, ?, ?, ?, ?, ?)""", comments, new int[] {Types.BIGINT, Types.VARCHAR, Types.BIGINT,
                Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP});
        return comments.size();
    }

    /** Each initiative's milestone ids in the order they were written, which is the planned order. */
    private Map<Long, List<Long>> milestoneIds(String firstCode, String lastCode) {
        Map<Long, List<Long>> ids = new HashMap<>();
        jdbc.query("""
                select m.initiative_id, m.id from milestone m join initiative i on i.id = m.initiative_id
                where i.code between ? and ? order by m.id""", row -> {
            ids.computeIfAbsent(row.getLong(1), initiative -> new ArrayList<>()).add(row.getLong(2));
        }, firstCode, lastCode);
        return ids;
    }
}
