/**
 * Sandbox mode, for developers testing a Lofty integration against Leadline: the server's clock moved at will, a
 * journal of every request, faults injected on chosen calls, and webhook receivers inside the server. Nothing of it
 * exists unless {@code leadline.sandbox.enabled} is true ({@link io.leadline.sandbox.Sandboxed}); its endpoints are
 * under {@code /leadline/v1/sandbox} and need a server administrator's key, except the receivers, which webhook
 * senders post to without one.
 * <p>
 * Tables written: none (everything it keeps is in memory, this node's).
 */
@ApplicationModule(allowedDependencies = {"clock", "web", "webhooks"})
@NullMarked
package io.leadline.sandbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
