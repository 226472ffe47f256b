package org.accord.report;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The SQL condition that keeps a report's initiatives: all, those of one agreement or commitment, or one agency's. */
final class ScopeSql {

    private ScopeSql() {
    }

    /** A condition on the initiative id column {@code column}; binds {@code scopeId}. */
    static String initiatives(ReportScope scope, String column, MapSqlParameterSource parameters) {
        parameters.addValue("scopeId", scope.id());
        return switch (scope.kind()) {
            case ALL -> "1 = 1";
            case AGREEMENT -> column + " IN (SELECT ic.initiative_id FROM initiative_commitment ic"
                    + " JOIN commitment c ON c.id = ic.commitment_id WHERE c.agreement_id = :scopeId)";
            case COMMITMENT -> column + " IN (SELECT ic.initiative_id FROM initiative_commitment ic"
                    + " WHERE ic.commitment_id = :scopeId)";
            case AGENCY -> column + " IN (SELECT la.initiative_id FROM initiative_lead_agency la"
                    + " WHERE la.agency_id = :scopeId)";
        };
    }

    /** A condition on commitments ({@code c}, of agreement {@code a}) for the annex of uncovered commitments. */
    static String commitments(ReportScope scope) {
        return switch (scope.kind()) {
            case ALL -> "1 = 1";
            case AGREEMENT -> "a.id = :scopeId";
            case COMMITMENT -> "c.id = :scopeId";
            case AGENCY -> "1 = 0";
        };
    }
}
