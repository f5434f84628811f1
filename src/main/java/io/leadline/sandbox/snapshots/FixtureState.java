package io.leadline.sandbox.snapshots;

import io.leadline.sandbox.Sandboxed;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The state a reset returns to is the data as the server started with it, saved before the first request. */
@Component
@Sandboxed
class FixtureState {

    private final DatabaseSnapshots snapshots;
    private final RequestGate gate;

    FixtureState(DatabaseSnapshots snapshots, RequestGate gate) {
        this.snapshots = snapshots;
        this.gate = gate;
    }

    @EventListener(ApplicationReadyEvent.class)
    void saveAtStart() {
        gate.alone(() -> snapshots.save(DatabaseSnapshots.FIXTURES));
    }
}
