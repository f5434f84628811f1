package io.leadline.web;

/**
 * Spots the NUL character in a JSON body as it streams by: a raw 0 byte, or the escape {@code \u0000} (after an odd
 * run of backslashes, so {@code \\u0000} — a backslash and the text u0000 — passes). PostgreSQL refuses NUL in text
 * and H2 stores it, so it is refused before either sees it, with the same answer on both (LL-13).
 */
final class JsonNulDetector {

    private int backslashRun;
    private int escapeZeros = -1;

    /** Feeds one byte; true when the body has just shown a NUL. */
    boolean nulAt(int b) {
        if (b == 0) {
            return true;
        }
        if (escapeZeros >= 0) {
            escapeZeros = b == '0' ? escapeZeros + 1 : -1;
            backslashRun = 0;
            return escapeZeros == 4;
        }
        if (b == '\\') {
            backslashRun++;
            return false;
        }
        if (b == 'u' && backslashRun % 2 == 1) {
            escapeZeros = 0;
        }
        backslashRun = 0;
        return false;
    }
}
