package io.leadline.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as HTTP goes: keeps cookies, does not follow redirects (tests look at them), and sends the CSRF
 * token of the last page it read with each form it posts, as a page's form would.
 */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf = "";

    ConsoleClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    record Page(int status, String body, HttpResponse<String> response) {
        Optional<String> location() {
            return response.headers().firstValue("Location");
        }

        List<String> setCookies() {
            return response.headers().allValues("Set-Cookie");
        }
    }

    Page get(String path) {
        Page page = send(HttpRequest.newBuilder(uri(path)).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** Posts a form with the CSRF token of the last page read. */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf);
        return postWithout(path, withToken);
    }

    /** Posts a form whose fields may repeat (several ticked boxes of one name), with the CSRF token. */
    Page postForm(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> withToken = new ArrayList<>(fields);
        withToken.add(Map.entry("_csrf", csrf));
        return postEntries(path, withToken);
    }

    /** Posts a form exactly as given: no CSRF token unless it is among the fields. */
    Page postWithout(String path, Map<String, String> fields) {
        return postEntries(path, List.copyOf(fields.entrySet()));
    }

    private Page postEntries(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Page signIn(String email, String password) {
        get("/app/sign-in");
        return post("/app/sign-in", Map.of("email", email, "password", password));
    }

    /** Opens a password link, sets the password and answers the page the form's post got. */
    Page setPassword(String link, String password) {
        get(URI.create(link).getPath());
        return post(URI.create(link).getPath(), Map.of("password", password, "confirmation", password));
    }

    Optional<String> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("LEADLINE_CONSOLE"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Another client holding this one's cookies as they are now (a stolen or copied session). */
    ConsoleClient copy() {
        ConsoleClient copy = new ConsoleClient(baseUrl);
        cookies.getCookieStore().getCookies().forEach(cookie -> copy.cookies.getCookieStore().add(uri("/app"), cookie));
        return copy;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
