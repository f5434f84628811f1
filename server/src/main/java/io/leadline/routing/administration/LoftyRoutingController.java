package io.leadline.routing.administration;

import io.leadline.accounts.AccountsService;
import io.leadline.routing.BusinessType;
import io.leadline.routing.LeadPond;
import io.leadline.routing.RoleCatalog;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.JsonText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lofty's routing and pond endpoints. Lofty lets these read rules and change only their hours and strategy; rules
 * are created and ordered through Leadline's administration API. A missing permission is 400/20017, as Lofty has it.
 */
@RestController
@Tag(name = "Routing")
class LoftyRoutingController {

    private final RoutingAdminService admin;
    private final RuleAdministration ruleAdmin;
    private final RuleViews views;
    private final PondRepository ponds;
    private final AccountsService accounts;

    LoftyRoutingController(RoutingAdminService admin, RuleAdministration ruleAdmin, RuleViews views, PondRepository ponds, AccountsService accounts) {
        this.admin = admin;
        this.ruleAdmin = ruleAdmin;
        this.views = views;
        this.ponds = ponds;
        this.accounts = accounts;
    }

    @Operation(summary = "The routing rules of a business type (1 agent, 2 lending, 4 assistant with roleId), in order")
    @GetMapping("/v1.0/routing/rule/list/{type}")
    List<RuleViews.LoftyRule> rules(Caller caller, @PathVariable int type, @RequestParam(required = false) @Nullable Integer roleId) {
        requireDistributionPermission(caller);
        BusinessType businessType = BusinessType.of("type", type);
        return views.lofty(caller.teamId(), ruleAdmin.rules(caller, businessType, businessType.roleId("roleId", roleId)));
    }

    record RuleUpdate(@Nullable Long id, RuleInput.@Nullable ActiveHoursInput activeHours, RuleInput.@Nullable StrategyInput routingStrategy) {}

    @Operation(summary = "Change a rule's active hours and strategy; answers the text ok")
    @PutMapping("/v1.0/routing/rule/{type}")
    ResponseEntity<String> updateRule(Caller caller, @PathVariable int type, @RequestBody RuleUpdate update) {
        requireDistributionPermission(caller);
        ruleAdmin.updateHoursAndStrategy(caller, BusinessType.of("type", type), update.id(), update.activeHours(), update.routingStrategy());
        return ok();
    }

    @Operation(summary = "The company's fallback (supplement) rule of a business type")
    @GetMapping("/v1.0/routing/rule/supplement/{type}")
    RuleViews.Fallback supplement(Caller caller, @PathVariable int type, @RequestParam(required = false) @Nullable Integer roleId) {
        requireDistributionPermission(caller);
        BusinessType businessType = BusinessType.of("type", type);
        int role = businessType.roleId("roleId", roleId);
        return views.fallback(caller.teamId(), businessType, role, null, admin.fallback(caller, businessType, role, null));
    }

    record SupplementUpdate(
            @Nullable Integer roleId,
            @Nullable Integer strategyType,
            @Nullable Integer touchMinutes,
            @Nullable Long assigneeAgentId,
            @Nullable Long assigneeGroupId) {}

    @Operation(summary = "Set the company's fallback rule of a business type; answers the text ok")
    @PutMapping("/v1.0/routing/rule/supplement/{type}")
    ResponseEntity<String> updateSupplement(Caller caller, @PathVariable int type, @RequestBody SupplementUpdate update) {
        requireDistributionPermission(caller);
        admin.putFallback(caller, new RoutingAdminService.FallbackInput(type, update.roleId(), null, update.strategyType(),
                update.touchMinutes(), update.assigneeAgentId(), update.assigneeGroupId()));
        return ok();
    }

    record AssignMember(long id, String name, int type) {}

    /** Member type 1 is a user; Lofty's other member types (groups) do not exist in Leadline. */
    @Operation(summary = "Members who can be routed leads of a business type")
    @GetMapping("/v1.0/routing/member/list/{type}")
    List<AssignMember> members(Caller caller, @PathVariable int type, @RequestParam(required = false) @Nullable Integer roleId) {
        requireDistributionPermission(caller);
        BusinessType.of("type", type).roleId("roleId", roleId);
        return accounts.teamMembers(caller.teamId()).stream().map(m -> new AssignMember(m.id(), m.fullName(), 1)).toList();
    }

    record AssignRole(int id, String name) {}

    @Operation(summary = "The custom roles leads can be routed and assigned to")
    @GetMapping("/v1.0/routing/role/list")
    List<AssignRole> roles(Caller caller) {
        requireDistributionPermission(caller);
        return RoleCatalog.ROLES.stream().map(r -> new AssignRole(r.id(), r.name())).toList();
    }

    @Operation(summary = "The lead ponds the caller can see")
    @GetMapping("/v1.0/team-features/lead-ponds")
    List<LeadPond> ponds(Caller caller) {
        return ponds.all(caller.teamId()).stream().filter(pond -> visible(caller, pond)).toList();
    }

    @Operation(summary = "One lead pond; 400/20017 when it does not exist or is not visible (deliberately alike)")
    @GetMapping("/v1.0/team-features/lead-pond/{id}")
    LeadPond pond(Caller caller, @PathVariable long id) {
        return ponds.find(caller.teamId(), id)
                .filter(pond -> visible(caller, pond))
                .orElseThrow(() -> new ApiException(ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST, "lead pond " + id + " is not available to you"));
    }

    private static boolean visible(Caller caller, LeadPond pond) {
        return caller.managesTeam() || pond.admits(caller.userId());
    }

    private static void requireDistributionPermission(Caller caller) {
        if (!caller.managesTeam()) {
            throw new ApiException(ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST,
                    "managing lead distribution needs the team's owner or an admin");
        }
    }

    private static ResponseEntity<String> ok() {
        return JsonText.ok("ok");
    }
}
