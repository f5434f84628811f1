package io.leadline.sandbox;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;

/** The sandbox's controls act on the whole server, so they are a server administrator's. */
public final class SandboxAccess {

    public static final String PREFIX = "/leadline/v1/sandbox";

    /** Request attribute: a fault dropped this call's connection, so no answer went out. */
    public static final String CONNECTION_DROPPED = SandboxAccess.class.getName() + ".connectionDropped";

    private SandboxAccess() {}

    public static void requireAdministrator(Caller caller) {
        if (!caller.serverAdmin()) {
            throw ApiException.permissionDenied("the sandbox's controls are for server administrators");
        }
    }

    /** Marks the sandbox's own calls to the API (loading fixtures); a secret of this process, so no client can send it. */
    public static final String OWN_CALL_HEADER = "X-Leadline-Sandbox-Call";
    private static final String OWN_CALL_TOKEN = java.util.UUID.randomUUID().toString();

    /** The sandbox's own paths: neither journaled nor faulted, so controlling the sandbox never disturbs it. */
    public static boolean isSandboxPath(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    /** Not the client's: a sandbox path, or the sandbox calling the API itself (loading fixtures). */
    public static boolean isNotTheClients(jakarta.servlet.http.HttpServletRequest request) {
        return isSandboxPath(request.getRequestURI()) || isOwnCall(request);
    }

    /** The sandbox calling the API itself (loading fixtures). */
    public static boolean isOwnCall(jakarta.servlet.http.HttpServletRequest request) {
        return OWN_CALL_TOKEN.equals(request.getHeader(OWN_CALL_HEADER));
    }

    public static String ownCallToken() {
        return OWN_CALL_TOKEN;
    }
}
