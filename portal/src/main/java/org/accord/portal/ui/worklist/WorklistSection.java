package org.accord.portal.ui.worklist;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * One list of the worklist under its heading: how many rows there are ("showing 50 of 73" when the list is cut),
 * the rows as links, or a sentence when there is none. Its texts are the keys {@code worklist.<name>.heading},
 * {@code .count}, {@code .capped} and {@code .empty}.
 */
class WorklistSection extends Section {

    final H2 heading = new H2();
    final Paragraph count = new Paragraph();
    final Paragraph empty = new Paragraph();
    final UnorderedList list = new UnorderedList();
    private final String name;
    private RouterLink shownMore;

    WorklistSection(String name) {
        this.name = name;
        String id = "worklist-" + name;
        setId(id);
        addClassName("accord-worklist-section");
        heading.setId(id + "-heading");
        heading.setText(getTranslation("worklist." + name + ".heading"));
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        count.setId(id + "-count");
        count.addClassName("accord-worklist-count");
        empty.setId(id + "-empty");
        empty.setText(getTranslation("worklist." + name + ".empty"));
        list.setId(id + "-list");
        list.getElement().setAttribute("role", "list");
        add(heading, count, empty, list);
    }

    /** Shows the rows, {@code total} being how many there are in all; {@code more} leads to all of them. */
    void show(List<ListItem> rows, long total, RouterLink more) {
        list.removeAll();
        if (shownMore != null) {
            remove(shownMore);
            shownMore = null;
        }
        rows.forEach(list::add);
        count.setText(total > rows.size()
                ? getTranslation("worklist." + name + ".capped", rows.size(), total)
                : getTranslation("worklist." + name + ".count", total));
        count.setVisible(total > 0);
        empty.setVisible(total == 0);
        list.setVisible(total > 0);
        if (more != null && total > rows.size()) {
            more.setId(getId().orElseThrow() + "-more");
            more.setText(getTranslation("worklist." + name + ".more", total));
            add(more);
            shownMore = more;
        }
    }
}
