package io.leadline.routing.administration;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.routing.BusinessType;
import io.leadline.routing.LeadPond;
import io.leadline.routing.decisions.RoundRobin;
import io.leadline.routing.decisions.RoutingFallback;
import io.leadline.routing.decisions.RoutingRule;
import io.leadline.routing.decisions.RuleConditions;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Rules and fallbacks in Lofty's read shapes, with member and pond names filled in. */
@Component
public class RuleViews {

    public record LoftyRule(
            long id,
            String name,
            RuleConditions.@Nullable LocationRule locationRule,
            @Nullable String sourceName,
            @Nullable Integer sourceMatchType,
            List<String> tagNames,
            @Nullable Integer tagMatchType,
            List<String> groupNames,
            @Nullable Integer groupMatchType,
            String phone,
            @Nullable Long priceMin,
            @Nullable Long priceMax,
            String leadType,
            String leadTypeFilters,
            ActiveHoursView activeHours,
            StrategyView routingStrategy,
            boolean ruleSwitch,
            long updateTime) {}

    public record ActiveHoursView(List<Integer> activeDays, int hoursStart, int hoursEnd) {}

    public record StrategyView(
            int strategyType,
            @Nullable Long groupId,
            @Nullable String groupName,
            @Nullable Integer touchMinutes,
            List<MemberWeightView> memberWeights) {}

    public record MemberWeightView(long memberId, String firstName, String lastName, int weight) {}

    /** Leadline's administration shape: where the rule lives, then Lofty's fields. */
    public record AdminRule(int businessType, int roleId, @Nullable Long officeId, int position, @JsonUnwrapped LoftyRule rule) {}

    public record Fallback(
            int roleId,
            int businessType,
            @Nullable Long officeId,
            @Nullable Integer strategyType,
            @Nullable Integer touchMinutes,
            @Nullable String assigneeAgentName,
            @Nullable Long assigneeAgentId,
            @Nullable String assigneeGroupName,
            @Nullable Long assigneeGroupId,
            @Nullable Long updateTime) {}

    private static final Map<Integer, String> LEAD_TYPE_NAMES = Map.of(
            -1, "Other", 1, "Seller", 2, "Buyer", 3, "B&S", 5, "Renter", 6, "Investor", 7, "Agent", 8, "Homeowner", 9, "Landlord");

    private final AccountsService accounts;
    private final PondRepository ponds;
    private final JsonMapper json;

    RuleViews(AccountsService accounts, PondRepository ponds, JsonMapper json) {
        this.accounts = accounts;
        this.ponds = ponds;
        this.json = json;
    }

    List<LoftyRule> lofty(long teamId, List<RoutingRule> rules) {
        Map<Long, Member> members = members(teamId, rules.stream().flatMap(r -> r.members().stream()).map(RoundRobin.Weighted::userId).toList());
        Map<Long, String> pondNames = pondNames(teamId);
        return rules.stream().map(rule -> lofty(rule, members, pondNames)).toList();
    }

    public List<AdminRule> admin(long teamId, List<RoutingRule> rules) {
        List<LoftyRule> views = lofty(teamId, rules);
        return java.util.stream.IntStream.range(0, rules.size())
                .mapToObj(i -> new AdminRule(rules.get(i).businessType().code, rules.get(i).roleId(),
                        RoutingRule.officeId(rules.get(i).scopeKey()), rules.get(i).position(), views.get(i)))
                .toList();
    }

    public AdminRule admin(long teamId, RoutingRule rule) {
        return admin(teamId, List.of(rule)).getFirst();
    }

    private LoftyRule lofty(RoutingRule rule, Map<Long, Member> members, Map<Long, String> pondNames) {
        RuleConditions c = rule.conditions();
        List<MemberWeightView> weights = rule.members().stream()
                .map(m -> {
                    Member member = members.get(m.userId());
                    return new MemberWeightView(m.userId(), member == null ? "" : member.firstName(),
                            member == null ? "" : member.lastName(), m.weight());
                })
                .toList();
        return new LoftyRule(
                rule.id(), rule.name(), c.locationRule(), c.sourceName(), c.sourceMatchType(),
                c.tagNames() == null ? List.of() : c.tagNames(), c.tagMatchType(),
                c.groupNames() == null ? List.of() : c.groupNames(), c.groupMatchType(),
                c.phone() == null ? "" : c.phone(), c.priceMin(), c.priceMax(), leadType(c), leadTypeFilters(c),
                new ActiveHoursView(rule.activeHours().activeDays(), rule.activeHours().hoursStart(), rule.activeHours().hoursEnd()),
                new StrategyView(rule.strategy().code, rule.pondId(), rule.pondId() == null ? null : pondNames.get(rule.pondId()),
                        rule.touchMinutes(), weights),
                rule.enabled(),
                rule.updatedAt().toInstant().toEpochMilli());
    }

    private String leadTypeFilters(RuleConditions c) {
        return c.leadTypeFilters() == null ? "" : json.writeValueAsString(c.leadTypeFilters());
    }

    /** Lofty's display form of the lead types a rule mentions, e.g. "Seller(1),Buyer(2)". */
    private static String leadType(RuleConditions c) {
        if (c.leadTypeFilters() == null) {
            return "";
        }
        return c.leadTypeFilters().stream()
                .flatMap(f -> java.util.Arrays.stream(f.ids().split(",")))
                .filter(id -> !id.isBlank())
                .map(Integer::valueOf)
                .distinct()
                .sorted()
                .map(id -> LEAD_TYPE_NAMES.getOrDefault(id, "Type") + "(" + id + ")")
                .collect(Collectors.joining(","));
    }

    public Fallback fallback(long teamId, BusinessType type, int roleId, @Nullable Long officeId, java.util.Optional<RoutingFallback> fallback) {
        if (fallback.isEmpty()) {
            return new Fallback(roleId, type.code, officeId, null, null, null, null, null, null, null);
        }
        RoutingFallback f = fallback.get();
        Member agent = f.assigneeUserId() == null ? null : members(teamId, List.of(f.assigneeUserId())).get(f.assigneeUserId());
        return new Fallback(f.roleId(), f.businessType().code, RoutingRule.officeId(f.scopeKey()), f.strategy().code,
                f.touchMinutes(), agent == null ? null : agent.fullName(), f.assigneeUserId(),
                f.pondId() == null ? null : pondNames(teamId).get(f.pondId()), f.pondId(),
                f.updatedAt().toInstant().toEpochMilli());
    }

    private Map<Long, Member> members(long teamId, Collection<Long> ids) {
        return accounts.findMembers(teamId, ids.stream().distinct().toList());
    }

    private Map<Long, String> pondNames(long teamId) {
        return ponds.all(teamId).stream().collect(Collectors.toMap(LeadPond::id, LeadPond::pondName));
    }
}
