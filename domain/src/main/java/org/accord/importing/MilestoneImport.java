package org.accord.importing;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.initiative.InitiativeDraft;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestoneDraft;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;
import org.accord.shared.InvalidInputException;
import org.accord.shared.TypedText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Milestones of existing initiatives from a sheet, matched by the initiative's code and the milestone's English
 * title (milestones have no code). A changed baseline is a re-baseline, with the reason the row gives; status and
 * actual date are recorded as progress: the same steps, history and events as on the initiative's page.
 */
@Component
class MilestoneImport implements SheetImport {

    private final InitiativePortfolio portfolio;
    private final MilestonePlan plan;
    private final Validator validator;
    private final Clock clock;

    MilestoneImport(InitiativePortfolio portfolio, MilestonePlan plan, Validator validator,
                    ObjectProvider<Clock> clock) {
        this.portfolio = portfolio;
        this.plan = plan;
        this.validator = validator;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public List<ImportColumn> columns() {
        return ImportColumns.milestones();
    }

    @Override
    public List<PlannedChange> plan(UploadedSheet sheet, ColumnMap columns, List<ImportProblem> problems) {
        Set<String> codes = new HashSet<>();
        sheet.rows().forEach(row -> codes.add(row.cell(columns.index("initiative")).text().strip()));
        codes.remove("");
        Map<String, InitiativeDraft> initiatives = portfolio.editByCodes(codes);
        Map<String, List<MilestoneRow>> existing = plan.ofInitiatives(initiatives.values().stream()
                        .map(InitiativeDraft::getId).toList()).stream()
                .collect(Collectors.groupingBy(row -> key(row.initiativeId(), row.titleEn())));
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        List<PlannedChange> changes = new ArrayList<>();
        for (SheetRow sheetRow : sheet.rows()) {
            var cells = new RowCells(sheetRow, columns, problems);
            String code = cells.text("initiative");
            InitiativeDraft initiative = initiatives.get(code.toLowerCase(Locale.ROOT));
            if (code.isEmpty()) {
                cells.problem("initiative", "import.initiative.required");
            } else if (initiative == null) {
                cells.problem("initiative", "import.initiative.unknown", code);
            }
            var draft = new MilestoneDraft();
            draft.setTitleEn(cells.text("titleEn"));
            MilestoneRow current = null;
            if (initiative != null && !draft.getTitleEn().isEmpty()) {
                String key = key(initiative.getId(), draft.getTitleEn());
                Integer first = firstRowOfKey.putIfAbsent(key, sheetRow.number());
                if (first != null) {
                    cells.problem("titleEn", "import.milestone.duplicate", String.valueOf(first));
                }
                List<MilestoneRow> matches = existing.getOrDefault(key, List.of());
                if (matches.size() > 1) {
                    cells.problem("titleEn", "import.milestone.ambiguous");
                }
                current = matches.size() == 1 ? matches.getFirst() : null;
            }
            var row = new MilestoneValues(cells, current, today, initiative == null ? null : initiative.getStartDate());
            row.fill(draft);
            DraftChecks.validate(validator, draft, cells);
            String reason = current != null && !current.baselineDate().equals(draft.getBaselineDate())
                    && draft.getBaselineDate() != null ? rebaselineReason(cells) : null;
            List<String> changed = current == null ? List.of() : DraftChecks.changed(values(current), row.values(draft));
            RowOutcome outcome = current == null ? RowOutcome.NEW
                    : changed.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.CHANGED;
            Long initiativeId = initiative == null ? null : initiative.getId();
            MilestoneRow before = current;
            changes.add(new PlannedChange(new PlannedRow(sheetRow.number(), code + " · " + draft.getTitleEn(),
                    draft.getTitleEn(), draft.getTitleEs(), outcome, changed),
                    () -> save(initiativeId, before, draft, row, changed, reason)));
        }
        return changes;
    }

    private void save(long initiativeId, MilestoneRow current, MilestoneDraft draft, MilestoneValues row,
                      List<String> changed, String reason) {
        if (current == null) {
            long id = plan.save(initiativeId, draft);
            if (row.status() != MilestoneStatus.PLANNED || row.actual() != null) {
                plan.recordProgress(id, plan.edit(id).getVersion(), row.status(), draft.getForecastDate(),
                        row.actual(), null);
            }
            return;
        }
        long id = current.id();
        long version = current.version();
        if (changed.contains("baselineDate")) {
            plan.rebaseline(id, version, draft.getBaselineDate(), reason);
            version = plan.edit(id).getVersion();
        }
        if (changed.stream().anyMatch(MilestoneValues.DETAILS::contains)) {
            draft.setId(id);
            draft.setVersion(version);
            plan.save(initiativeId, draft);
            version = plan.edit(id).getVersion();
        }
        if (changed.contains("status") || changed.contains("actualDate")) {
            plan.recordProgress(id, version, row.status(), draft.getForecastDate(), row.actual(), null);
        }
    }

    private static String rebaselineReason(RowCells cells) {
        try {
            return TypedText.requiredLines("rebaselineReason", cells.text("rebaselineReason"), 1000,
                    "milestone.rebaseline.reason-required");
        } catch (InvalidInputException refused) {
            cells.problem("rebaselineReason", refused.messageKey());
            return null;
        }
    }

    private static Map<String, Object> values(MilestoneRow row) {
        Map<String, Object> values = new HashMap<>();
        values.put("titleEn", row.titleEn());
        values.put("titleEs", row.titleEs());
        values.put("description", row.description());
        values.put("ownerSide", row.ownerSide());
        values.put("baselineDate", row.baselineDate());
        values.put("forecastDate", row.forecastDate());
        values.put("status", row.status());
        values.put("actualDate", row.actualDate());
        values.put("weight", row.weight());
        return values;
    }

    private static String key(long initiativeId, String titleEn) {
        return initiativeId + "\n" + titleEn.strip().toLowerCase(Locale.ROOT);
    }

    /** A row's values over the milestone's current ones (or the defaults of a new one), checked as the plan would. */
    private static final class MilestoneValues {

        /** What {@link MilestonePlan#save} changes; status and actual date are progress, the baseline a re-baseline. */
        static final Set<String> DETAILS = Set.of("titleEn", "titleEs", "description", "ownerSide", "forecastDate",
                "weight");

        private final RowCells cells;
        private final MilestoneRow current;
        private final LocalDate today;
        private final LocalDate initiativeStart;
        private MilestoneStatus status;
        private LocalDate actual;

        MilestoneValues(RowCells cells, MilestoneRow current, LocalDate today, LocalDate initiativeStart) {
            this.cells = cells;
            this.current = current;
            this.today = today;
            this.initiativeStart = initiativeStart;
        }

        void fill(MilestoneDraft draft) {
            draft.setTitleEs(cells.text("titleEs"));
            draft.setDescription(cells.has("description") ? cells.text("description")
                    : current == null ? null : current.description());
            OwnerSide side = cells.choice("ownerSide", OwnerSide.class);
            draft.setOwnerSide(side != null ? side : current != null ? current.ownerSide() : OwnerSide.JOINT);
            draft.setBaselineDate(cells.date("baselineDate"));
            draft.setForecastDate(cells.has("forecastDate") ? cells.date("forecastDate")
                    : current == null ? null : current.forecastDate());
            Integer weight = cells.whole("weight");
            draft.setWeight(weight != null ? weight : current != null ? current.weight() : 1);
            MilestoneStatus chosen = cells.choice("status", MilestoneStatus.class);
            status = chosen != null ? chosen : current != null ? current.status() : MilestoneStatus.PLANNED;
            actual = cells.has("actualDate") ? cells.date("actualDate") : current == null ? null : current.actualDate();
            check(draft);
        }

        private void check(MilestoneDraft draft) {
            notBeforeStart("baselineDate", draft.getBaselineDate());
            notBeforeStart("forecastDate", draft.getForecastDate());
            if (actual != null && actual.isAfter(today)) {
                cells.problem("actualDate", "milestone.actual.future");
            } else if (status == MilestoneStatus.DONE && actual == null && !cells.hasProblem("actualDate")) {
                cells.problem("actualDate", "milestone.actual.required");
            } else if (status != MilestoneStatus.DONE && actual != null) {
                cells.problem("actualDate", "milestone.actual.only-done");
            }
        }

        private void notBeforeStart(String column, LocalDate date) {
            if (date != null && initiativeStart != null && date.isBefore(initiativeStart)) {
                cells.problem(column, "milestone.date.before-start");
            }
        }

        Map<String, Object> values(MilestoneDraft draft) {
            Map<String, Object> values = new HashMap<>();
            values.put("titleEn", draft.getTitleEn());
            values.put("titleEs", draft.getTitleEs());
            values.put("description", draft.getDescription());
            values.put("ownerSide", draft.getOwnerSide());
            values.put("baselineDate", draft.getBaselineDate());
            values.put("forecastDate", draft.getForecastDate());
            values.put("status", status);
            values.put("actualDate", actual);
            values.put("weight", draft.getWeight());
            return values;
        }

        MilestoneStatus status() {
            return status;
        }

        LocalDate actual() {
            return actual;
        }
    }
}
