package org.accord.portal.ui.task;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.accord.initiative.Priority;
import org.accord.people.Directory;
import org.accord.people.Language;
import org.accord.people.PersonRef;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.accord.task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The task dialog as the lead uses it from the new-task route: bad input is shown at its field, nothing is saved. */
class TaskDialogTest extends TaskUiTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    Directory directory;

    @Test
    @WithUserDetails("bersin")
    void aDueDateInThePastIsToldAtTheDateAndNothingIsSaved() {
        TaskDialog dialog = openNewTask();
        test(dialog.title).setValue("Send the agenda");
        dialog.assignee.setValue(person("liaison.us"));
        dialog.dueDate.setValue(TODAY.minusDays(1));
        test(dialog.save).click();

        assertThat(dialog.dueDate.isInvalid()).isTrue();
        assertThat(dialog.dueDate.getErrorMessage()).isEqualTo("The due date cannot be in the past.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(tasks.ofInitiative(stories.initiative.initiativeId)).isEmpty();
    }

    @Test
    @WithUserDetails("bersin")
    void aDisabledAssigneeIsToldAtTheAssigneeAndNothingIsSaved() {
        String username = newLiaison();
        TaskDialog dialog = openNewTask();
        test(dialog.title).setValue("Send the agenda");
        dialog.assignee.setValue(person(username));
        signedIn.as("admin.us", () -> administration.disable(stories.idOf(username)));
        test(dialog.save).click();

        assertThat(dialog.assignee.isInvalid()).isTrue();
        assertThat(dialog.assignee.getErrorMessage()).isEqualTo("This person's account is disabled: choose someone active.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.getValue()).isEqualTo("Send the agenda");
        assertThat(tasks.ofInitiative(stories.initiative.initiativeId)).isEmpty();
    }

    @Test
    @WithUserDetails("bersin")
    void aValidTaskIsSavedAndItsPageOpens() {
        TaskDialog dialog = openNewTask();
        test(dialog.title).setValue("Send the agenda");
        dialog.assignee.setValue(person("liaison.us"));
        test(dialog.priority).selectItem("Low");
        test(dialog.internal).click();
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        var saved = tasks.ofInitiative(stories.initiative.initiativeId);
        assertThat(saved).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Send the agenda");
            assertThat(row.priority()).isEqualTo(Priority.LOW);
            assertThat(row.internal()).isTrue();
            assertThat(row.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(row.dueDate()).isEqualTo(TODAY.plusDays(7));
        });
        assertThat(getCurrentView()).isInstanceOf(TaskView.class);
        assertThat(((TaskView) getCurrentView()).title.getText()).isEqualTo("Send the agenda");
    }

    @Test
    @WithUserDetails("liaison.us")
    void aLiaisonMayNotCreateTasks() {
        NewTaskView view = navigate(NewTaskView.class, "initiative", String.valueOf(stories.initiative.initiativeId));

        assertThat(view.dialog).isNull();
        assertThat(view.message.getText()).startsWith("You cannot create tasks on this initiative");
    }

    private TaskDialog openNewTask() {
        NewTaskView view = navigate(NewTaskView.class, "initiative", String.valueOf(stories.initiative.initiativeId));
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.internal.isVisible()).isTrue();
        return view.dialog;
    }

    private PersonRef person(String username) {
        return directory.findByUsername(username).orElseThrow();
    }

    private String newLiaison() {
        String username = "task." + Long.toString(System.nanoTime(), 36);
        signedIn.as("admin.us", () -> {
            var draft = new UserDraft();
            draft.setUsername(username);
            draft.setDisplayName("Task test " + username);
            draft.setEmail(username + "@example.org");
            var agency = referenceData.agencies().stream().filter(a -> a.getCode().equals("CBP")).findFirst()
                    .orElseThrow();
            draft.setParty(agency.getParty());
            draft.setAgency(agency);
            draft.setLanguage(Language.EN);
            draft.setRoles(Set.of(Role.LIAISON));
            draft.setInitialPassword("correct horse battery staple");
            administration.save(draft);
        });
        return username;
    }
}
