package org.accord.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.accord.people.Language;

/**
 * Sign-in page. Any failure the user can correct gets the same message: it never says whether the account exists
 * or is locked. When the database could not be reached ({@code ?unavailable}) it says so instead.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("accord-login");
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("login.error.title", "login.error.message"));

        var title = new H1(getTranslation("app.name"));
        title.addClassName("accord-login-title");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        add(title, tagline, form, languageSwitch());
    }

    private HorizontalLayout languageSwitch() {
        var switcher = new HorizontalLayout();
        switcher.setId("login-language");
        for (Language language : Language.values()) {
            var button = new Button(getTranslation("language." + language.name()), click -> {
                VaadinSession.getCurrent().setLocale(language.locale());
                UI.getCurrent().getPage().reload();
            });
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.setId("login-language-" + language.name().toLowerCase());
            switcher.add(button);
        }
        return switcher;
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorTitle));
        error.setMessage(getTranslation(errorMessage));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("unavailable")) {
            form.setI18n(i18n("login.unavailable.title", "error.database"));
        }
        form.setError(parameters.containsKey("error") || parameters.containsKey("unavailable"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
