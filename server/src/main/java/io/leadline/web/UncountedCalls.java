package io.leadline.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests no rate limit counts: the server calling its own API (the sandbox loading fixtures with a team owner's
 * key), which must not spend the window that key's client is about to use.
 */
public final class UncountedCalls {

    private static final String ATTRIBUTE = UncountedCalls.class.getName();

    private UncountedCalls() {}

    public static void mark(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    public static boolean isUncounted(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }
}
