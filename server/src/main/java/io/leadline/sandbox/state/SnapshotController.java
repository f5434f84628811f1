package io.leadline.sandbox.state;

import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reset to the fixture state, and named snapshots saved and restored, for the whole server or one team. The clock,
 * the journal, the faults and the receivers are not data: a reset leaves them as they are.
 */
@RestController
@Sandboxed
@Tag(name = "Leadline sandbox")
@RequestMapping(SandboxAccess.PREFIX)
class SnapshotController {

    private static final String NAME = "[a-z0-9-]{1,40}";

    private final DatabaseSnapshots snapshots;
    private final RequestGate gate;

    SnapshotController(DatabaseSnapshots snapshots, RequestGate gate) {
        this.snapshots = snapshots;
        this.gate = gate;
    }

    record SnapshotView(String name, String savedAt) {
        static SnapshotView of(DatabaseSnapshots.Snapshot s) {
            return new SnapshotView(s.name(), Times.iso(s.savedAt().atOffset(ZoneOffset.UTC)));
        }
    }

    record Restored(String snapshot, @Nullable Long team, long tookMs) {}

    record SnapshotList(List<SnapshotView> snapshots) {}

    @Operation(summary = "Return every team, or one (?team=), to the fixture state: the data as it was when the server"
            + " started or fixtures were last loaded (sandbox)")
    @PostMapping("/reset")
    Restored reset(Caller caller, @RequestParam(required = false) @Nullable Long team) {
        SandboxAccess.requireAdministrator(caller);
        return restore(DatabaseSnapshots.FIXTURES, team);
    }

    @Operation(summary = "Save the data under a name (a-z, 0-9, dashes), replacing what the name held (sandbox)")
    @PostMapping("/snapshots/{name}")
    @ResponseStatus(HttpStatus.CREATED)
    SnapshotView save(Caller caller, @PathVariable String name) {
        SandboxAccess.requireAdministrator(caller);
        checkName(name);
        refuseReserved(name);
        return SnapshotView.of(gate.alone(() -> snapshots.save(name)));
    }

    @Operation(summary = "Put a saved snapshot back, for every team or one (?team=) (sandbox)")
    @PostMapping("/snapshots/{name}/restore")
    Restored restoreSnapshot(Caller caller, @PathVariable String name, @RequestParam(required = false) @Nullable Long team) {
        SandboxAccess.requireAdministrator(caller);
        checkName(name);
        return restore(name, team);
    }

    @Operation(summary = "The saved snapshots, fixtures first (sandbox)")
    @GetMapping("/snapshots")
    SnapshotList list(Caller caller) {
        SandboxAccess.requireAdministrator(caller);
        return new SnapshotList(snapshots.all().stream().map(SnapshotView::of).toList());
    }

    @Operation(summary = "Forget a saved snapshot (sandbox)")
    @DeleteMapping("/snapshots/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void drop(Caller caller, @PathVariable String name) {
        SandboxAccess.requireAdministrator(caller);
        checkName(name);
        refuseReserved(name);
        if (!gate.alone(() -> snapshots.drop(name))) {
            throw missing(name);
        }
    }

    private Restored restore(String name, @Nullable Long team) {
        long started = System.nanoTime();
        if (!gate.alone(() -> snapshots.restore(name, team))) {
            throw missing(name);
        }
        return new Restored(name, team, (System.nanoTime() - started) / 1_000_000);
    }

    private static ApiException missing(String name) {
        return new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No snapshot named '" + name + "'");
    }

    /** The sandbox keeps these two itself: the data before fixtures, and the state reset returns to. */
    private static void refuseReserved(String name) {
        if (name.equals(DatabaseSnapshots.FIXTURES) || name.equals(FixtureState.INITIAL)) {
            throw ApiException.invalidField("name", "'" + name + "' is the sandbox's own (fixtures: what reset returns to;"
                    + " initial: the data before fixtures loaded); saved at start and when fixtures are posted");
        }
    }

    private static void checkName(String name) {
        if (!name.matches(NAME)) {
            throw ApiException.invalidField("name", "a snapshot's name is 1-40 lower-case letters, digits and dashes, not '" + name + "'");
        }
    }
}
