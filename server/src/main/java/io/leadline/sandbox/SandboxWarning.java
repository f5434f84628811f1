package io.leadline.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says loudly, at every start, that this server lets its clock and answers be tampered with. */
@Component
@Sandboxed
class SandboxWarning {

    private static final Logger log = LoggerFactory.getLogger(SandboxWarning.class);

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        log.warn("SANDBOX MODE is on (leadline.sandbox.enabled): {}/… moves the clock, records every request and injects"
                + " faults. Never run a production server this way.", SandboxAccess.PREFIX);
    }
}
