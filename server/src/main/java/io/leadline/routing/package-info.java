/**
 * Lead routing: the team's rules and fallback rules per scope (company or office), the strategies that pick an
 * assignee (round robin, default assignee, lead pond, first-to-claim), ponds, custom roles, member availability and
 * the decision log. Leads ask it where a new lead goes; it never writes a lead itself.
 * <p>
 * Other features use {@link io.leadline.routing.RoutingService} and the types beside it. Inside: {@code decisions}
 * (the setup each node keeps, matching, strategies, offers and the decision log) and {@code administration} (the
 * setup's storage and the endpoints, Lofty's and Leadline's, that change it).
 * <p>
 * Tables written: {@code lead_pond_members}, {@code lead_ponds}, {@code routing_deactivated_members},
 * {@code routing_decisions}, {@code routing_fallbacks}, {@code routing_member_availability},
 * {@code routing_offer_members}, {@code routing_offers}, {@code routing_rule_members}, {@code routing_rules},
 * {@code routing_team_settings}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "database", "ids", "leaddata", "web"})
@NullMarked
package io.leadline.routing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
