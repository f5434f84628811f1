package io.leadline.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The authenticated user a request runs as, and the credential it came with. {@code visibleOfficeIds} is the caller's
 * office and every office below it, resolved once at authentication so visibility predicates can bind it.
 * {@code credentialName} is the name its owner gave the key or token (metrics name it).
 * {@code rateLimitPerMinute} is the credential's own limit: null for the server default, 0 for none.
 */
public record Caller(
        long teamId,
        long userId,
        String role,
        @Nullable Long officeId,
        List<Long> visibleOfficeIds,
        boolean serverAdmin,
        long credentialId,
        String credentialName,
        @Nullable Integer rateLimitPerMinute) {

    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    /**
     * The user the current request runs as, or 0 outside a request (the server's own work, such as an offer running
     * out), for records of who did something that are written far from the controller.
     */
    public static long currentUserId() {
        Caller caller = current();
        return caller == null ? 0 : caller.userId();
    }

    /** The caller of the current request, or null outside a request. */
    public static @Nullable Caller current() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        Object caller = attributes == null
                ? null
                : attributes.getAttribute(REQUEST_ATTRIBUTE, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        return caller instanceof Caller c ? c : null;
    }

    /** Team owners and admins manage the whole team and see every lead in it. */
    public boolean managesTeam() {
        return "OWNER".equals(role) || "ADMIN".equals(role);
    }

    /** 403 for anyone else, saying what only the team's owner or an admin does ({@code onlyTheyMay}). */
    public void requireManagesTeam(String onlyTheyMay) {
        if (!managesTeam()) {
            throw ApiException.permissionDenied("only the team's owner or an admin " + onlyTheyMay);
        }
    }
}
