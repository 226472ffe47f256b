package org.accord.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.shared.MayReadReplica;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as administrators and program managers read it (DESIGN.md §4): security events and field
 * changes in one list, newest first. Changes kept for one party (internal notes and tasks) reach only that
 * party's readers. Each page reads at most its end from each table, on the tables' time indexes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','PROGRAM_MANAGER')")
public class AuditTrail {

    public static final int BATCH = 500;

    /** Newest first; at the same instant security events first; then the later-written first. */
    static final Comparator<AuditTrailRow> NEWEST_FIRST = Comparator.comparing(AuditTrailRow::at).reversed()
            .thenComparing(AuditTrailRow::kind)
            .thenComparing(Comparator.comparingLong(AuditTrailRow::id).reversed());

    private final AuditEventRepository events;
    private final ChangeEntryRepository changes;
    private final ReaderParty readerParty;
    private final EntityManager entityManager;
    private final Map<String, SubjectNames> names;

    AuditTrail(AuditEventRepository events, ChangeEntryRepository changes, ReaderParty readerParty,
               EntityManager entityManager, List<SubjectNames> names) {
        this.events = events;
        this.changes = changes;
        this.readerParty = readerParty;
        this.entityManager = entityManager;
        this.names = names.stream().collect(Collectors.toMap(SubjectNames::subjectType, Function.identity()));
    }

    public List<AuditTrailRow> page(AuditFilter filter, Pageable pageable) {
        long offset = pageable.getOffset();
        int size = pageable.getPageSize();
        int end = (int) Math.min(Integer.MAX_VALUE, offset + size);
        long party = readerParty.current();
        List<AuditTrailRow> merged = new ArrayList<>(securityRows(filter, null, end));
        merged.addAll(changeRows(filter, party, null, end));
        merged.sort(NEWEST_FIRST);
        return named(merged.stream().skip(offset).limit(size).toList());
    }

    public long count(AuditFilter filter) {
        long security = filter.includes(AuditKind.SECURITY) ? events.count(filter.whoPattern(), filter.textPattern(),
                filter.from(), filter.to(), filter.outcome()) : 0;
        long changed = filter.includesChanges() ? changes.count(readerParty.current(), filter.whoPattern(),
                filter.textPattern(), filter.from(), filter.to()) : 0;
        return security + changed;
    }

    /** Every row the filter matches, in the list's order, handed to {@code batch} {@value #BATCH} at a time. */
    @MayReadReplica
    public void export(AuditFilter filter, Consumer<List<AuditTrailRow>> batch) {
        long party = readerParty.current();
        var security = new Reader(after -> securityRows(filter, after, BATCH));
        var changed = new Reader(after -> changeRows(filter, party, after, BATCH));
        List<AuditTrailRow> out = new ArrayList<>(BATCH);
        while (true) {
            AuditTrailRow next = Reader.earlier(security.peek(), changed.peek());
            if (next == null) {
                break;
            }
            out.add(next == security.peek() ? security.take() : changed.take());
            if (out.size() == BATCH) {
                batch.accept(named(out));
                out.clear();
                entityManager.clear();
            }
        }
        if (!out.isEmpty()) {
            batch.accept(named(out));
        }
    }

    /** The rows with the names of the records they changed: one query per kind of record among them. */
    private List<AuditTrailRow> named(List<AuditTrailRow> rows) {
        Map<String, Map<Long, String>> found = new HashMap<>();
        rows.stream().filter(row -> row.subjectId() != null && names.containsKey(row.subjectType()))
                .collect(Collectors.groupingBy(AuditTrailRow::subjectType,
                        Collectors.mapping(AuditTrailRow::subjectId, Collectors.toSet())))
                .forEach((type, ids) -> found.put(type, names.get(type).namesOf(ids).stream()
                        .collect(Collectors.toMap(SubjectName::id, SubjectName::name))));
        return rows.stream().map(row -> row.subjectId() == null ? row
                : row.named(found.getOrDefault(row.subjectType(), Map.of()).get(row.subjectId()))).toList();
    }

    private List<AuditTrailRow> securityRows(AuditFilter filter, AuditTrailRow after, int limit) {
        if (!filter.includes(AuditKind.SECURITY)) {
            return List.of();
        }
        return events.search(filter.whoPattern(), filter.textPattern(), filter.from(), filter.to(), filter.outcome(),
                at(after), id(after), Limit.of(limit)).stream().map(AuditEvent::toRow).toList();
    }

    private List<AuditTrailRow> changeRows(AuditFilter filter, long party, AuditTrailRow after, int limit) {
        if (!filter.includesChanges()) {
            return List.of();
        }
        return changes.search(party, filter.whoPattern(), filter.textPattern(), filter.from(), filter.to(),
                at(after), id(after), Limit.of(limit)).stream().map(ChangeEntry::toRow).toList();
    }

    private static Instant at(AuditTrailRow row) {
        return row == null ? null : row.at();
    }

    private static Long id(AuditTrailRow row) {
        return row == null ? null : row.id();
    }

    /** One table read a batch at a time, each batch starting after the last row taken. */
    private static final class Reader {

        private final Function<AuditTrailRow, List<AuditTrailRow>> next;
        private List<AuditTrailRow> rows = List.of();
        private int at;
        private AuditTrailRow last;
        private boolean done;

        Reader(Function<AuditTrailRow, List<AuditTrailRow>> next) {
            this.next = next;
        }

        AuditTrailRow peek() {
            if (at == rows.size() && !done) {
                rows = next.apply(last);
                at = 0;
                done = rows.size() < BATCH;
            }
            return at < rows.size() ? rows.get(at) : null;
        }

        AuditTrailRow take() {
            last = rows.get(at++);
            return last;
        }

        static AuditTrailRow earlier(AuditTrailRow one, AuditTrailRow other) {
            if (one == null || other == null) {
                return one == null ? other : one;
            }
            return NEWEST_FIRST.compare(one, other) <= 0 ? one : other;
        }
    }
}
