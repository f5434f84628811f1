package io.leadline.routing;

import io.leadline.leaddata.LeadDataHolder;
import java.util.Map;
import java.util.List;
import org.springframework.stereotype.Component;

/** What this feature keeps about a lead: the routing decisions that placed the lead and the offers made of it. */
@Component
class RoutingHeld implements LeadDataHolder {

    @Override
    public List<String> tables() {
        return List.of("routing_decisions", "routing_offers", "routing_offer_members");
    }

    /** Decisions and offers name rules, members and outcomes, never the person: nothing to erase. */
    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        return Map.of();
    }
}
