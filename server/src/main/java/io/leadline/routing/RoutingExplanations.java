package io.leadline.routing;

import io.leadline.routing.decisions.ConditionMatcher;
import io.leadline.routing.decisions.RoutingRule;
import io.leadline.routing.decisions.RoutingSetup;
import io.leadline.routing.decisions.RoutingSetups;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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

    /** Why the rule passes the lead over, or empty when it takes it. */
    private static String verdict(RoutingSetup setup, RoutingRule rule, RoutingSubject subject, OffsetDateTime now) {
        if (!rule.enabled()) {
            return "skipped: switched off";
        }
        if (!rule.activeHours().isActive(now.atZoneSameInstant(setup.zone()))) {
            return "skipped: outside its active hours (" + rule.activeHours().daysText() + ", " + rule.activeHours().hoursStart()
                    + ":00–" + rule.activeHours().hoursEnd() + ":59)";
        }
        if (!ConditionMatcher.matches(rule.conditions(), subject)) {
            return "skipped: its conditions do not match the lead";
        }
        boolean anyoneAvailable = rule.strategy() == StrategyType.LEAD_POND
                || rule.members().stream().anyMatch(member -> !setup.unavailable().contains(member.userId()));
        return anyoneAvailable ? "" : "skipped: none of its members is available";
    }
}
