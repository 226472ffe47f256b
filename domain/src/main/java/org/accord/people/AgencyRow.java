package org.accord.people;

/** One line of the agencies list; {@code parentCode} is null for a top-level agency. */
public record AgencyRow(long id, String partyCode, String code, String nameEn, String nameEs, String parentCode,
                        boolean active) {

    static AgencyRow of(Agency agency) {
        Agency parent = agency.getParent();
        return new AgencyRow(agency.getId(), agency.getParty().getCode(), agency.getCode(), agency.getNameEn(),
                agency.getNameEs(), parent == null ? null : parent.getCode(), agency.isActive());
    }

    public String name(Language language) {
        return language == Language.ES ? nameEs : nameEn;
    }
}
