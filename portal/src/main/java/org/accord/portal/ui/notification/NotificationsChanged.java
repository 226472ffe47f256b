package org.accord.portal.ui.notification;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user read notifications outside the bell, so that its count follows. */
class NotificationsChanged extends ComponentEvent<UI> {

    NotificationsChanged(UI ui) {
        super(ui, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new NotificationsChanged(ui));
    }
}
