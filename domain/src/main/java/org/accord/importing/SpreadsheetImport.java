package org.accord.importing;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.accord.people.Directory;
import org.accord.people.Language;
import org.accord.shared.BulkReads;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports initiatives, or milestones of existing initiatives, from an XLSX or CSV file, for administrators and
 * program managers (those who create initiatives on the screens; each service checks again). {@link #check} is the
 * dry run: every row as it would be saved and every problem at its row and column, nothing saved. {@link #commit}
 * checks again and saves every row in one transaction through the services the screens use, or, at the first
 * refusal, none.
 */
@Service
@PreAuthorize(SpreadsheetImport.MAY_IMPORT)
public class SpreadsheetImport {

    static final String MAY_IMPORT = "hasAnyRole('ADMIN','PROGRAM_MANAGER')";
    private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetImport.class);
    /** Rows saved between two clearings of the persistence context, which otherwise slows every flush. */
    private static final int ROWS_PER_FLUSH = 20;

    private final InitiativeImport initiatives;
    private final MilestoneImport milestones;
    private final Directory directory;
    private final EntityManager entityManager;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final ImportLimits limits;

    SpreadsheetImport(InitiativeImport initiatives, MilestoneImport milestones, Directory directory,
                      EntityManager entityManager, PlatformTransactionManager transactions,
                      @Value("${accord.import.max-bytes:5242880}") long maxBytes,
                      @Value("${accord.import.max-rows:10000}") int maxRows,
                      @Value("${accord.import.max-unpacked-bytes:104857600}") long maxUnpackedBytes) {
        this.initiatives = initiatives;
        this.milestones = milestones;
        this.directory = directory;
        this.entityManager = entityManager;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.limits = new ImportLimits(maxBytes, maxRows, maxUnpackedBytes);
    }

    public ImportLimits limits() {
        return limits;
    }

    public List<ImportColumn> columns(ImportKind kind) {
        return reading.execute(status -> of(kind).columns());
    }

    /** An XLSX with the columns' headers in {@code language} and a sheet that says what each takes. */
    public byte[] template(ImportKind kind, Language language) {
        return ImportTemplate.write(kind, columns(kind), language);
    }

    /** The dry run: nothing is saved. */
    public ImportResult check(ImportKind kind, byte[] content) {
        return reading.execute(status -> run(kind, content, null));
    }

    /** Saves every row, or none if any is refused; the result then says why. */
    public ImportResult commit(ImportKind kind, byte[] content) {
        return writing.execute(status -> BulkReads.during(() -> run(kind, content, status)));
    }

    private ImportResult run(ImportKind kind, byte[] content, TransactionStatus saving) {
        SheetImport sheetImport = of(kind);
        List<ImportColumn> columns = sheetImport.columns();
        UploadedSheet sheet;
        try {
            sheet = SpreadsheetReader.read(content, limits);
        } catch (RefusedFile refused) {
            return new ImportResult(kind, columns, List.of(), List.of(refused.problem()), false);
        }
        List<ImportProblem> problems = new ArrayList<>();
        var map = new ColumnMap(columns, sheet.header(), problems);
        if (!problems.isEmpty()) {
            return new ImportResult(kind, columns, List.of(), problems, false);
        }
        List<PlannedChange> changes = sheetImport.plan(sheet, map, problems);
        List<PlannedRow> rows = changes.stream().map(PlannedChange::row).toList();
        if (saving == null || !problems.isEmpty()) {
            return new ImportResult(kind, columns, rows, sorted(problems), false);
        }
        int saved = 0;
        for (PlannedChange change : changes) {
            if (change.row().outcome() == RowOutcome.UNCHANGED) {
                continue;
            }
            try {
                change.save().run();
            } catch (InvalidInputException | EditConflictException | ConstraintViolationException refused) {
                saving.setRollbackOnly();
                return new ImportResult(kind, columns, rows, refusal(change.row().row(), refused, map), false);
            }
            if (++saved % ROWS_PER_FLUSH == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        LOG.info("{} imported {} ({} new, {} changed, {} unchanged rows)", directory.myUsername(), kind,
                count(rows, RowOutcome.NEW), count(rows, RowOutcome.CHANGED), count(rows, RowOutcome.UNCHANGED));
        return new ImportResult(kind, columns, rows, List.of(), true);
    }

    /** What a service refused, at the row and, when the service named one, the column. */
    private static List<ImportProblem> refusal(int row, RuntimeException refused, ColumnMap map) {
        return switch (refused) {
            case InvalidInputException invalid -> List.of(new ImportProblem(row, map.letter(invalid.field()),
                    map.column(invalid.field()), invalid.messageKey(), List.of()));
            case ConstraintViolationException invalid -> invalid.getConstraintViolations().stream().map(violation -> {
                String path = violation.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                String template = violation.getMessageTemplate();
                return new ImportProblem(row, map.letter(field), map.column(field),
                        template.replaceAll("^\\{|}$", ""), List.<String>of());
            }).toList();
            default -> List.of(new ImportProblem(row, null, null, "import.row.changed-meanwhile", List.of()));
        };
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        return problems.stream().sorted(Comparator.comparingInt(ImportProblem::row)
                .thenComparing(problem -> problem.cell() == null ? "" : problem.cell(),
                        Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())))
                .toList();
    }

    private static long count(List<PlannedRow> rows, RowOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    private SheetImport of(ImportKind kind) {
        return kind == ImportKind.INITIATIVES ? initiatives : milestones;
    }
}
