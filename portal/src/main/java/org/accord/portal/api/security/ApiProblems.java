package org.accord.portal.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.accord.people.Language;
import org.accord.portal.i18n.AccordI18NProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem documents ({@code application/problem+json}) with title and detail in the caller's
 * language (Accept-Language: Spanish or English, English when absent), from the portal's messages.
 */
@Component
public class ApiProblems {

    /** Problem types are URNs: {@code urn:accord:problem:invalid-token}. */
    public static final String TYPE_PREFIX = "urn:accord:problem:";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AccordI18NProvider texts;

    ApiProblems(AccordI18NProvider texts) {
        this.texts = texts;
    }

    /** The language the caller asked for: Spanish or English; English without an Accept-Language header. */
    public Locale language(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Language.EN.locale()
                : Language.of(request.getLocale()).locale();
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
                      String titleKey, String detailKey, Object... detailArguments) throws IOException {
        Locale language = language(request);
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", TYPE_PREFIX + type);
        problem.put("title", texts.getTranslation(titleKey, language));
        problem.put("status", status);
        problem.put("detail", texts.getTranslation(detailKey, language, detailArguments));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
        response.getWriter().write(JSON.writeValueAsString(problem));
        response.getWriter().flush();
    }
}
