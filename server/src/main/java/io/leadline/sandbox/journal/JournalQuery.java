package io.leadline.sandbox.journal;

import io.leadline.sandbox.PathPatterns;
import io.leadline.web.ApiException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/**
 * A journal filter: every given criterion must hold. Paths are Spring path patterns ({@code /v1.0/leads/*},
 * {@code /v1.0/leads/**}); a status is exact ({@code 404}) or a class ({@code 4xx}).
 */
final class JournalQuery {

    private JournalQuery() {}

    static Predicate<JournalEntry> of(@Nullable String path, @Nullable String method, @Nullable String status,
            @Nullable String credential, @Nullable Instant since, @Nullable Instant until) {
        Predicate<JournalEntry> all = entry -> true;
        if (path != null && !path.isBlank()) {
            PathPattern pattern = PathPatterns.parse("path", path);
            all = all.and(entry -> pattern.matches(PathContainer.parsePath(entry.path())));
        }
        if (method != null && !method.isBlank()) {
            all = all.and(entry -> entry.method().equalsIgnoreCase(method.trim()));
        }
        if (status != null && !status.isBlank()) {
            all = all.and(status(status.trim().toLowerCase(Locale.ROOT)));
        }
        if (credential != null && !credential.isBlank()) {
            all = all.and(entry -> credential.trim().equals(entry.credential()));
        }
        if (since != null) {
            all = all.and(entry -> !entry.at().isBefore(since));
        }
        if (until != null) {
            all = all.and(entry -> entry.at().isBefore(until));
        }
        return all;
    }

    private static Predicate<JournalEntry> status(String status) {
        if (status.matches("[1-5]xx")) {
            int hundreds = status.charAt(0) - '0';
            return entry -> entry.status() / 100 == hundreds;
        }
        if (status.matches("[1-5][0-9][0-9]")) {
            int exact = Integer.parseInt(status);
            return entry -> entry.status() == exact;
        }
        throw ApiException.invalidField("status", "must be a status such as 404 or a class such as 4xx, not '" + status + "'");
    }
}
