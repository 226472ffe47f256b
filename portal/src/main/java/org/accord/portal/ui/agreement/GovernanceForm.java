package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.stream.Collectors;
import org.accord.agreement.GovernanceDraft;
import org.accord.agreement.MeetingCadence;
import org.accord.people.Directory;
import org.accord.people.Party;
import org.accord.people.PersonRef;
import org.accord.portal.ui.TextLimits;
import org.accord.portal.ui.Texts;

/** Sets up or edits the governance body: names, cadence, one co-chair per party, members from both parties. */
class GovernanceForm extends DraftForm<GovernanceDraft> {

    private static final int CHOICES = 20;

    final TextField nameEn = new TextField();
    final TextField nameEs = new TextField();
    final Select<MeetingCadence> cadence = new Select<>();
    final Map<String, ComboBox<PersonRef>> coChairs = new LinkedHashMap<>();
    final MultiSelectComboBox<PersonRef> members = new MultiSelectComboBox<>();
    private final Directory directory;

    GovernanceForm(Directory directory, List<Party> parties) {
        super(GovernanceDraft.class);
        this.directory = directory;
        setId("governance-form");
        nameEn.setLabel(getTranslation("governance.name-en"));
        TextLimits.atMost(nameEn, 200);
        nameEs.setLabel(getTranslation("governance.name-es"));
        TextLimits.atMost(nameEs, 200);
        cadence.setLabel(getTranslation("governance.cadence"));
        cadence.setItems(MeetingCadence.values());
        cadence.setItemLabelGenerator(AgreementTexts::cadence);
        nameEn.setRequiredIndicatorVisible(true);
        nameEs.setRequiredIndicatorVisible(true);
        binder.bindInstanceFields(this);
        add(nameEn, nameEs);

        for (Party party : parties) {
            var coChair = new ComboBox<PersonRef>(getTranslation("governance.co-chair", party.name(Texts.currentLanguage())));
            coChair.setId("co-chair-" + party.getCode());
            coChair.setItemLabelGenerator(PersonRef::label);
            coChair.setClearButtonVisible(true);
            coChair.setPageSize(CHOICES);
            coChair.setItems(query -> directory.choosable(null, party.getCode(), query.getFilter().orElse(""),
                    query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
            coChairs.put(party.getCode(), coChair);
            add(coChair);
        }
        members.setLabel(getTranslation("governance.members"));
        members.setItemLabelGenerator(PersonRef::label);
        members.setItems(query -> directory.choosable(null, null, query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        members.setPageSize(CHOICES);
        add(cadence, members);
        setColspan(members, 2);
    }

    @Override
    void setDraft(GovernanceDraft draft) {
        super.setDraft(draft);
        coChairs.forEach((partyCode, field) -> field.setValue(person(draft.getCoChairIds().get(partyCode))));
        members.setValue(draft.getMemberIds().stream().map(this::person).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    @Override
    protected boolean writeUnboundFields(GovernanceDraft draft) {
        var chosen = new LinkedHashMap<String, Long>();
        coChairs.forEach((partyCode, field) -> chosen.put(partyCode, field.getValue() == null ? null : field.getValue().id()));
        draft.setCoChairIds(chosen);
        draft.setMemberIds(members.getValue().stream().map(PersonRef::id).collect(Collectors.toSet()));
        return true;
    }

    @Override
    protected SequencedMap<String, HasValidation> fieldsByProperty() {
        var fields = new LinkedHashMap<String, HasValidation>();
        fields.put("nameEn", nameEn);
        fields.put("nameEs", nameEs);
        fields.put("cadence", cadence);
        coChairs.forEach((partyCode, field) -> fields.put("coChair." + partyCode, field));
        fields.put("members", members);
        return fields;
    }

    private PersonRef person(Long userId) {
        return userId == null ? null : directory.find(userId).orElse(null);
    }
}
