package org.accord.portal.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client for the portal: keeps cookies, does not follow redirects. */
public class PortalClient {

    private final String base;
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String language;

    public PortalClient(int port) {
        this(port, "en");
    }

    /** A client whose browser asks for pages in {@code language} (Accept-Language). */
    PortalClient(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /**
     * A page as the browser shows it: the bootstrap page, Vaadin's first request for the UI, then the navigation
     * the browser asks for; the JSON answer carries the texts the view shows.
     */
    public HttpResponse<String> view(String path) {
        get(path);
        int query = path.indexOf('?');
        String route = (query < 0 ? path : path.substring(0, query)).replaceFirst("^/", "");
        String parameters = query < 0 ? "" : path.substring(query + 1);
        HttpResponse<String> init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=" + URLEncoder.encode(parameters, StandardCharsets.UTF_8));
        Matcher key = SECURITY_KEY.matcher(init.body());
        if (!key.find()) {
            return init;
        }
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"%s","appShellTitle":"","historyState":null,"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1), route, parameters);
        return send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build());
    }

    public HttpResponse<String> login(String username, String password) {
        get("/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpRequest withLanguage = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Accept-Language", language).build();
            return http.send(withLanguage, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
