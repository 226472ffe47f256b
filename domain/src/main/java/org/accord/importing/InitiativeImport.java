package org.accord.importing;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativeDraft;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.people.Agency;
import org.accord.people.Directory;
import org.accord.people.Party;
import org.accord.people.PersonRef;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.springframework.stereotype.Component;

/**
 * Initiatives from a sheet, matched by code: a new code is a new initiative, a known one an edit of it. What the
 * rows name (agencies, leads, commitments, existing initiatives) is read first in a few queries; each row is then
 * checked as {@link InitiativePortfolio#save} would check it, and saved through it.
 */
@Component
class InitiativeImport implements SheetImport {

    /** DOP-2012:2, DOP-2012 #2, DOP-2012/2, DOP-2012 · 2 or DOP-2012 2. */
    private static final Pattern COMMITMENT = Pattern.compile("^(.+?)\\s*(?:[:#/·]|\\s)\\s*(\\d{1,9})$");

    private final InitiativePortfolio portfolio;
    private final Agreements agreements;
    private final ReferenceData referenceData;
    private final Directory directory;
    private final Validator validator;

    InitiativeImport(InitiativePortfolio portfolio, Agreements agreements, ReferenceData referenceData,
                     Directory directory, Validator validator) {
        this.portfolio = portfolio;
        this.agreements = agreements;
        this.referenceData = referenceData;
        this.directory = directory;
        this.validator = validator;
    }

    @Override
    public List<ImportColumn> columns() {
        return ImportColumns.initiatives(referenceData.parties().stream().map(Party::getCode).toList());
    }

    @Override
    public List<PlannedChange> plan(UploadedSheet sheet, ColumnMap columns, List<ImportProblem> problems) {
        var known = new Known(sheet, columns);
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<PlannedChange> changes = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            var cells = new RowCells(row, columns, problems);
            String code = cells.text("code");
            String lowerCode = code.toLowerCase(Locale.ROOT);
            Integer first = code.isEmpty() ? null : firstRowOfCode.putIfAbsent(lowerCode, row.number());
            if (first != null) {
                cells.problem("code", "import.code.duplicate", String.valueOf(first));
            }
            InitiativeDraft existing = known.initiatives.get(lowerCode);
            InitiativeDraft draft = existing != null ? existing : new InitiativeDraft();
            Map<String, Object> before = values(draft, known.parties);
            InitiativeStatus statusBefore = existing == null ? null : existing.getStatus();
            draft.setCode(code);
            fill(draft, cells, known, statusBefore);
            DraftChecks.validate(validator, draft, cells);
            List<String> changed = existing == null ? List.of() : DraftChecks.changed(before, values(draft, known.parties));
            RowOutcome outcome = existing == null ? RowOutcome.NEW
                    : changed.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.CHANGED;
            changes.add(new PlannedChange(new PlannedRow(row.number(), code, draft.getTitleEn(), draft.getTitleEs(),
                    outcome, changed), () -> portfolio.save(draft)));
        }
        return changes;
    }

    private void fill(InitiativeDraft draft, RowCells cells, Known known, InitiativeStatus statusBefore) {
        draft.setTitleEn(cells.text("titleEn"));
        draft.setTitleEs(cells.text("titleEs"));
        if (cells.has("descriptionEn")) {
            draft.setDescriptionEn(cells.text("descriptionEn"));
        }
        if (cells.has("descriptionEs")) {
            draft.setDescriptionEs(cells.text("descriptionEs"));
        }
        draft.setCommitmentIds(commitments(cells, known));
        Map<String, Long> agencies = new LinkedHashMap<>(draft.getLeadAgencyIds());
        Map<String, Long> leads = new LinkedHashMap<>(draft.getLeadIds());
        for (Party party : known.parties) {
            agencies.put(party.getCode(), agency(cells, party, known, agencies.get(party.getCode())));
            leads.put(party.getCode(), lead(cells, party, known));
        }
        draft.setLeadAgencyIds(agencies);
        draft.setLeadIds(leads);
        var status = cells.choice("status", InitiativeStatus.class);
        if (status != null) {
            draft.setStatus(status);
        }
        checkCancellation(cells, statusBefore, draft.getStatus());
        var health = cells.choice("health", org.accord.initiative.Health.class);
        if (health != null) {
            draft.setHealth(health);
        }
        if (cells.has("healthReason")) {
            draft.setHealthReason(cells.text("healthReason"));
        }
        if (!draft.getHealth().needsReason()) {
            draft.setHealthReason(null);
        } else if (draft.getHealthReason() == null && !cells.hasProblem("health")) {
            cells.problem("healthReason", "initiative.reason.required");
        }
        var priority = cells.choice("priority", org.accord.initiative.Priority.class);
        if (priority != null) {
            draft.setPriority(priority);
        }
        if (cells.has("startDate")) {
            draft.setStartDate(cells.date("startDate"));
        }
        if (cells.has("targetEndDate")) {
            draft.setTargetEndDate(cells.date("targetEndDate"));
        }
        if (draft.getStartDate() != null && draft.getTargetEndDate() != null
                && draft.getTargetEndDate().isBefore(draft.getStartDate())) {
            cells.problem("targetEndDate", "initiative.dates.order");
        }
    }

    /** Cancelling and reopening have their own screens, each with a reason: an import does neither. */
    private static void checkCancellation(RowCells cells, InitiativeStatus before, InitiativeStatus after) {
        boolean cancelled = before == InitiativeStatus.CANCELLED;
        if (!cancelled && after == InitiativeStatus.CANCELLED) {
            cells.problem("status", "initiative.cancel.use-cancel");
        } else if (cancelled && after != InitiativeStatus.CANCELLED) {
            cells.problem("status", "initiative.cancelled.reopen-first");
        }
    }

    private static Set<Long> commitments(RowCells cells, Known known) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String reference : cells.text("commitmentIds").split("[;,\\n]")) {
            if (reference.isBlank()) {
                continue;
            }
            Matcher parts = COMMITMENT.matcher(reference.strip());
            Long id = parts.matches() ? known.commitments.get(commitmentKey(parts.group(1), parts.group(2))) : null;
            if (id == null) {
                cells.problem("commitmentIds", "import.commitment.unknown", reference.strip());
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Long agency(RowCells cells, Party party, Known known, Long current) {
        String column = "leadAgency." + party.getCode();
        String code = cells.text(column);
        if (code.isEmpty()) {
            cells.problem(column, "initiative.lead-agency.required");
            return null;
        }
        Agency agency = known.agencies.get(code.toLowerCase(Locale.ROOT));
        if (agency == null) {
            cells.problem(column, "import.agency.unknown", code);
            return null;
        }
        if (!agency.belongsTo(party)) {
            cells.problem(column, "user.agency.other-party");
        } else if (!agency.isActive() && !agency.getId().equals(current)) {
            cells.problem(column, "agency.inactive");
        }
        return agency.getId();
    }

    private static Long lead(RowCells cells, Party party, Known known) {
        String column = "lead." + party.getCode();
        String username = cells.text(column);
        if (username.isEmpty()) {
            cells.problem(column, "initiative.lead.required");
            return null;
        }
        PersonRef person = known.people.get(username.toLowerCase(Locale.ROOT));
        if (person == null) {
            cells.problem(column, "import.lead.unknown", username);
            return null;
        }
        if (!person.enabled() || person.partyId() != party.getId() || !person.has(Role.OVERSIGHT_LEAD)) {
            cells.problem(column, "initiative.lead.not-eligible");
        }
        return person.id();
    }

    /** What a row may change, by column id, for telling new, changed and unchanged apart. */
    private static Map<String, Object> values(InitiativeDraft draft, List<Party> parties) {
        Map<String, Object> values = new HashMap<>();
        values.put("code", draft.getCode());
        values.put("titleEn", draft.getTitleEn());
        values.put("titleEs", draft.getTitleEs());
        values.put("descriptionEn", draft.getDescriptionEn());
        values.put("descriptionEs", draft.getDescriptionEs());
        values.put("commitmentIds", new HashSet<>(draft.getCommitmentIds()));
        for (Party party : parties) {
            values.put("leadAgency." + party.getCode(), draft.getLeadAgencyIds().get(party.getCode()));
            values.put("lead." + party.getCode(), draft.getLeadIds().get(party.getCode()));
        }
        values.put("status", draft.getStatus());
        values.put("health", draft.getHealth());
        values.put("healthReason", draft.getHealthReason());
        values.put("priority", draft.getPriority());
        values.put("startDate", draft.getStartDate());
        values.put("targetEndDate", draft.getTargetEndDate());
        return values;
    }

    private static String commitmentKey(String agreementCode, String number) {
        return agreementCode.strip().toLowerCase(Locale.ROOT) + ":" + Integer.parseInt(number);
    }

    /** Everything the rows name, read once for the whole sheet. */
    private final class Known {
        final List<Party> parties = referenceData.parties();
        final Map<String, Agency> agencies = referenceData.agencies().stream()
                .collect(Collectors.toMap(agency -> agency.getCode().toLowerCase(Locale.ROOT), Function.identity(),
                        (first, second) -> first));
        final Map<String, Long> commitments = new HashMap<>();
        final Map<String, PersonRef> people = new HashMap<>();
        final Map<String, InitiativeDraft> initiatives;

        Known(UploadedSheet sheet, ColumnMap columns) {
            agreements.commitments().forEach(commitment -> commitments.put(
                    commitmentKey(commitment.agreementCode(), String.valueOf(commitment.number())), commitment.id()));
            Set<String> usernames = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (SheetRow row : sheet.rows()) {
                parties.forEach(party -> usernames.add(
                        row.cell(columns.index("lead." + party.getCode())).text().strip().toLowerCase(Locale.ROOT)));
                codes.add(row.cell(columns.index("code")).text().strip());
            }
            usernames.remove("");
            codes.remove("");
            List<String> names = List.copyOf(usernames);
            for (int from = 0; from < names.size(); from += 500) {
                people.putAll(directory.findByUsernames(names.subList(from, Math.min(names.size(), from + 500))));
            }
            initiatives = portfolio.editByCodes(codes);
        }
    }
}
