package io.leadline.search;

import org.jspecify.annotations.Nullable;

/**
 * A search statement written out in full, as a text block with {@code {slots}} for the parts a request decides (its
 * filters, its order, the words a key resolved to); {@code :names} are bound parameters, never text from the client.
 * The text is kept on one line, as the statement log and the tests read it.
 */
final class SqlTemplate {

    private final String text;

    private SqlTemplate(String text) {
        this.text = text;
    }

    static SqlTemplate of(String textBlock) {
        return new SqlTemplate(textBlock.strip().replaceAll("\\s+", " "));
    }

    /**
     * The statement with each slot replaced: pairs of slot name and text. Every slot must be given (no search
     * statement has a brace of its own, so one left over is a slot nobody filled).
     */
    String fill(String... slotsAndTexts) {
        String filled = text;
        for (int i = 0; i < slotsAndTexts.length; i += 2) {
            filled = filled.replace("{" + slotsAndTexts[i] + "}", slotsAndTexts[i + 1]);
        }
        int missed = filled.indexOf('{');
        if (missed >= 0) {
            throw new IllegalArgumentException("slot " + filled.substring(missed, filled.indexOf('}', missed) + 1)
                    + " not filled in: " + text);
        }
        return filled;
    }

    /**
     * The one place the dialects differ: H2 is told which index to walk ({@code USE INDEX}), where its planner would
     * otherwise pick one that matches "trashed_at IS NULL" and sort the whole team; PostgreSQL's planner needs no hint.
     * Empty when there is nothing to say.
     */
    static String indexHint(boolean h2, @Nullable String index) {
        return h2 && index != null ? " USE INDEX (" + index + ")" : "";
    }
}
