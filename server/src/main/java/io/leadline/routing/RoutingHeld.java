package io.leadline.routing;

import io.leadline.leaddata.LeadDataHolder;
import io.leadline.leaddata.LeadRows;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What this feature keeps about a lead: the routing decisions that placed the lead and the offers made of it. */
@Component
class RoutingHeld implements LeadDataHolder {

    private final JdbcClient jdbc;

    RoutingHeld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("routing_decisions", "routing_offers", "routing_offer_members");
    }

    /** Decisions and offers name rules, members and outcomes, never the person: nothing to erase. */
    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        return Map.of();
    }

    /**
     * The decisions move, so the survivor's trace tells how each of its merged leads was placed; an offer stays with
     * its lead (a merged lead goes to the trash, where no offer of it can be claimed).
     */
    @Override
    public Map<String, List<Long>> move(long teamId, long from, long to, @Nullable Map<String, List<Long>> only) {
        return Map.of("routing_decisions", LeadRows.move(jdbc, "routing_decisions", "id", teamId, from, to, only));
    }
}
