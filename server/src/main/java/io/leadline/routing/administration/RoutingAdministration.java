package io.leadline.routing.administration;

import io.leadline.routing.BusinessType;
import io.leadline.routing.LeadPond;
import io.leadline.routing.decisions.RoutingRule;
import io.leadline.web.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing setup in the shapes its administrators read, for the API's administration endpoints and the console's
 * routing page alike: each change goes through the one service that validates it.
 */
@Service
public class RoutingAdministration {

    private final RuleAdministration rules;
    private final RoutingAdminService admin;
    private final PondRepository ponds;
    private final RuleViews views;

    RoutingAdministration(RuleAdministration rules, RoutingAdminService admin, PondRepository ponds, RuleViews views) {
        this.rules = rules;
        this.admin = admin;
        this.ponds = ponds;
        this.views = views;
    }

    public List<RuleViews.AdminRule> rules(Caller caller, int businessType, @Nullable Integer roleId) {
        BusinessType type = BusinessType.of("businessType", businessType);
        return views.admin(caller.teamId(), rules.rules(caller, type, type.roleId("roleId", roleId)));
    }

    public RuleViews.AdminRule rule(Caller caller, long ruleId) {
        return views.admin(caller.teamId(), rules.rule(caller, ruleId));
    }

    public RuleViews.AdminRule create(Caller caller, RuleInput input) {
        return views.admin(caller.teamId(), rules.createRule(caller, input));
    }

    public RuleViews.AdminRule update(Caller caller, long ruleId, RuleInput input) {
        return views.admin(caller.teamId(), rules.updateRule(caller, ruleId, input));
    }

    public RuleViews.AdminRule setEnabled(Caller caller, long ruleId, boolean enabled) {
        return views.admin(caller.teamId(), rules.setEnabled(caller, ruleId, enabled));
    }

    public void delete(Caller caller, long ruleId) {
        rules.deleteRule(caller, ruleId);
    }

    public List<RuleViews.AdminRule> reorder(Caller caller, @Nullable Integer businessType, @Nullable Integer roleId,
            @Nullable Long officeId, @Nullable List<Long> ruleIds) {
        return views.admin(caller.teamId(), rules.reorder(caller, businessType, roleId, officeId, ruleIds));
    }

    /**
     * Moves a rule {@code steps} places later (negative: earlier) within its scope, stopping at either end; the
     * scope's order is then written as {@link #reorder} writes it.
     */
    @Transactional
    public List<RuleViews.AdminRule> move(Caller caller, long ruleId, int steps) {
        RoutingRule moving = rules.rule(caller, ruleId);
        Long officeId = RoutingRule.officeId(moving.scopeKey());
        List<Long> order = new ArrayList<>(rules.rules(caller, moving.businessType(), moving.roleId()).stream()
                .filter(rule -> rule.scopeKey() == moving.scopeKey())
                .map(RoutingRule::id)
                .toList());
        int from = order.indexOf(ruleId);
        int to = Math.clamp((long) from + steps, 0, order.size() - 1);
        order.add(to, order.remove(from));
        return reorder(caller, moving.businessType().code, moving.roleId(), officeId, order);
    }

    public List<RuleViews.Fallback> fallbacks(Caller caller) {
        return admin.fallbacks(caller).stream()
                .map(f -> views.fallback(caller.teamId(), f.businessType(), f.roleId(), RoutingRule.officeId(f.scopeKey()),
                        Optional.of(f)))
                .toList();
    }

    public RuleViews.Fallback putFallback(Caller caller, RoutingAdminService.FallbackInput input) {
        var fallback = admin.putFallback(caller, input);
        return views.fallback(caller.teamId(), fallback.businessType(), fallback.roleId(),
                RoutingRule.officeId(fallback.scopeKey()), Optional.of(fallback));
    }

    public void deleteFallback(Caller caller, int businessType, @Nullable Integer roleId, @Nullable Long officeId) {
        admin.deleteFallback(caller, businessType, roleId, officeId);
    }

    @Transactional(readOnly = true)
    public List<LeadPond> ponds(Caller caller) {
        caller.requireManagesTeam("administer lead ponds");
        return ponds.all(caller.teamId());
    }
}
