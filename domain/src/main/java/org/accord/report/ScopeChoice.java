package org.accord.report;

/** An agreement, commitment or agency a report can be limited to. */
public record ScopeChoice(ScopeKind kind, long id, Bilingual label) {
}
