package io.leadline.notes;

import io.leadline.web.ApiException;
import org.jspecify.annotations.Nullable;

/** What a note's content must be, without I/O: given and not blank; at most 2000 characters, cut there as Lofty does. */
final class NoteRules {

    static final int CONTENT_MAX = 2000;

    private NoteRules() {}

    /** The content trimmed; blank or missing is refused (a note is its content). */
    static String required(@Nullable String content) {
        if (content == null || content.isBlank()) {
            throw ApiException.invalidField("content", "must not be blank");
        }
        return content.trim();
    }

    /** Cut to {@link #CONTENT_MAX} silently, as Lofty does, or refused in strict mode. */
    static String limited(String content, boolean strict) {
        if (content.length() <= CONTENT_MAX) {
            return content;
        }
        if (strict) {
            throw ApiException.tooLong("content", CONTENT_MAX);
        }
        return content.substring(0, CONTENT_MAX);
    }
}
