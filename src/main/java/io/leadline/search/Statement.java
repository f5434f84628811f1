package io.leadline.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search statement written out in full, as a text block with {@code {slots}} for the parts a request decides (its
 * filters, its order, the words a key resolved to); {@code :names} are bound parameters, never text from the client.
 * The text is kept on one line, as the statement log and the tests read it.
 */
final class Statement {

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

    private final String text;

    private Statement(String text) {
        this.text = text;
    }

    static Statement of(String textBlock) {
        return new Statement(textBlock.strip().replaceAll("\\s+", " "));
    }

    /** The statement with each slot replaced: pairs of slot name and text. Every slot must be given. */
    String fill(String... slotsAndTexts) {
        String filled = text;
        for (int i = 0; i < slotsAndTexts.length; i += 2) {
            filled = filled.replace("{" + slotsAndTexts[i] + "}", slotsAndTexts[i + 1]);
        }
        Matcher missed = SLOT.matcher(filled);
        if (missed.find()) {
            throw new IllegalArgumentException("slot " + missed.group() + " not filled in: " + text);
        }
        return filled;
    }

    /**
     * The one place the dialects differ: H2 is told which index to walk ({@code USE INDEX}), where its planner would
     * otherwise pick one that matches "trashed_at IS NULL" and sort the whole team; PostgreSQL's planner needs no hint.
     * Empty when there is nothing to say.
     */
    static String indexHint(boolean h2, String index) {
        return h2 && index != null ? " USE INDEX (" + index + ")" : "";
    }
}
