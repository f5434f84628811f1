package io.leadline.leads.assignment;

import io.leadline.clock.ClockMoved;
import io.leadline.routing.RoutingService;
import io.leadline.web.Times;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node sweeps first-to-claim offers that ran out. Each lead is settled in its own transaction under the lead's
 * row lock, so two nodes sweeping at once settle each lead once.
 */
@Component
class OfferExpirySweep {

    private static final int BATCH = 100;

    private final RoutingService routing;
    private final LeadAssignments assignments;
    private final Clock clock;

    OfferExpirySweep(RoutingService routing, LeadAssignments assignments, Clock clock) {
        this.routing = routing;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** A moved clock settles what fell due at once: before the request that moved it answers, not at the next sweep. */
    @EventListener
    void clockMoved(ClockMoved moved) {
        sweep();
    }

    @Scheduled(fixedDelayString = "${leadline.routing.offer-sweep-interval:PT5S}")
    void sweep() {
        for (RoutingService.DueOffer due : routing.dueOffers(Times.now(clock), BATCH)) {
            assignments.expireOffer(due.teamId(), due.leadId());
        }
    }
}
