/**
 * Sandbox mode, for developers testing a Lofty integration against Leadline: the server's clock moved at will, reset
 * and named snapshots of the data, a journal of every request, faults injected on chosen calls, and webhook receivers
 * inside the server. Nothing of it exists unless {@code leadline.sandbox.enabled} is true
 * ({@link io.leadline.sandbox.Sandboxed}); its endpoints are under {@code /leadline/v1/sandbox} and need a server
 * administrator's key, except the receivers, which webhook senders post to without one.
 * <p>
 * Tables written: {@code sbx_changes}, the log of the rows written since a snapshot, kept by a trigger it puts on
 * every table; none of another module's in its own right. Snapshots are copies it creates beside the tables
 * ({@code sbx<n>_<table>}); a reset or restore puts rows back exactly as they were saved, so each table's owner still
 * decides what its rows hold. The journal, faults and receivers are in memory, this node's.
 */
@ApplicationModule(allowedDependencies = {"accounts", "clock", "communications", "database", "search", "startup", "web", "webhooks"})
@NullMarked
package io.leadline.sandbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
