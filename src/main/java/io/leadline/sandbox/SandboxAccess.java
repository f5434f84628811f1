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

    /** The sandbox's own paths: neither journaled nor faulted, so controlling the sandbox never disturbs it. */
    public static boolean isSandboxPath(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }
}
