package io.leadline.routing;

import io.leadline.routing.decisions.RoutingRule;
import io.leadline.routing.decisions.RoutingSetup;
import io.leadline.routing.decisions.RoutingSetups;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why routing would send a lead where it would: each agent rule of the scope in order with what it made of the lead,
 * then the decisions themselves (the preview's: no round-robin turn taken, no offer opened, nothing logged).
 */
@Service
public class RoutingExplanations {

    /** One rule's verdict on the lead; {@code took} marks the rule that decides. */
    public record RuleCheck(long ruleId, String ruleName, String verdict, boolean took) {}

    public record Explanation(List<RuleCheck> checks, List<RoutingDecision> decisions) {}

    private final RoutingSetups setups;
    private final RoutingService routing;

    RoutingExplanations(RoutingSetups setups, RoutingService routing) {
        this.setups = setups;
        this.routing = routing;
    }

    @Transactional(readOnly = true)
    public Explanation explain(long teamId, RoutingSubject subject, RoutingScope scope, OffsetDateTime now) {
        RoutingSetup setup = setups.current(teamId);
        List<RuleCheck> checks = new ArrayList<>();
        boolean decided = false;
        for (RoutingRule rule : setup.rules(BusinessType.AGENT_LEAD, BusinessType.NO_ROLE, scope.key())) {
            String verdict = decided ? "not reached: an earlier rule takes the lead" : verdict(setup, rule, subject, now);
            boolean takes = !decided && verdict.isEmpty();
            checks.add(new RuleCheck(rule.id(), rule.name(), takes ? "takes the lead (" + rule.strategy() + ")" : verdict, takes));
            decided |= takes;
        }
        return new Explanation(checks, routing.preview(teamId, subject, scope, now));
    }

    /** Why the rule passes the lead over, or empty when it takes it: routing's own reasons, in routing's order. */
    private static String verdict(RoutingSetup setup, RoutingRule rule, RoutingSubject subject, OffsetDateTime now) {
        Optional<String> passedOver = RoutingService.passedOver(setup, rule, subject, now);
        if (passedOver.isPresent()) {
            return "skipped: " + passedOver.get();
        }
        boolean anyoneAvailable = rule.strategy() == StrategyType.LEAD_POND || !RoutingService.available(setup, rule).isEmpty();
        return anyoneAvailable ? "" : "skipped: none of its members is available";
    }
}
