package org.accord.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes e-mails in the recipient's language from {@code notification-mail_<lang>.properties}. Every pattern gets
 * the same arguments: {0} title, {1} initiative code, {2} who did it, {3} the date, {4} extra (status, days),
 * {5} the link, {6} the recipient's name.
 */
@Component
class MailTexts {

    static final String BUNDLE = "notification-mail";

    private final String baseUrl;

    MailTexts(@Value("${accord.portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    RenderedMail single(Recipient to, Notice notice) {
        return single(to, notice, false);
    }

    /** With {@code attached}, the body says the file is attached ({@code <kind>.body-attached}). */
    RenderedMail single(Recipient to, Notice notice, boolean attached) {
        Locale locale = to.locale();
        ResourceBundle texts = bundle(locale);
        Object[] args = arguments(texts, locale, to, notice);
        String key = notice.kind().name();
        String body = format(texts, "mail.greeting", locale, args) + "\n\n"
                + format(texts, key + (attached ? ".body-attached" : ".body"), locale, args) + "\n\n"
                + link(notice) + "\n\n"
                + format(texts, "mail.footer", locale, args) + "\n";
        return new RenderedMail(format(texts, key + ".subject", locale, args), body);
    }

    RenderedMail digest(Recipient to, LocalDate day, List<Notice> notices) {
        Locale locale = to.locale();
        ResourceBundle texts = bundle(locale);
        Object[] heading = {notices.size(), formatDate(day, locale), "", "", "", baseUrl, to.getDisplayName()};
        var body = new StringBuilder()
                .append(format(texts, "mail.greeting", locale, heading)).append("\n\n")
                .append(format(texts, "digest.intro", locale, heading)).append("\n\n");
        for (Notice notice : notices) {
            Object[] args = arguments(texts, locale, to, notice);
            body.append("- ").append(format(texts, notice.kind().name() + ".line", locale, args)).append("\n  ")
                    .append(link(notice)).append("\n");
        }
        body.append("\n").append(format(texts, "mail.footer", locale, heading)).append("\n");
        return new RenderedMail(format(texts, "digest.subject", locale, heading), body.toString());
    }

    String link(Notice notice) {
        return baseUrl + notice.linkPath();
    }

    private Object[] arguments(ResourceBundle texts, Locale locale, Recipient to, Notice notice) {
        String extra = notice.extra() == null ? "" : notice.extra();
        if (notice.kind() == NotificationKind.TASK_STATUS_CHANGED && texts.containsKey("status." + extra)) {
            extra = texts.getString("status." + extra);
        }
        return new Object[] {notice.subject(), nullToEmpty(notice.initiativeCode()), nullToEmpty(notice.actor()),
                notice.date() == null ? "" : formatDate(notice.date(), locale), extra, link(notice),
                to.getDisplayName()};
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object[] args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    private static String formatDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
