package io.leadline.routing.administration;

import io.leadline.routing.LeadPond;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Leadline's routing administration: what Lofty configures in its web UI. Owners and admins only. */
@RestController
@Tag(name = "Leadline routing administration")
@RequestMapping("/leadline/v1/routing")
class RoutingAdminController {

    private final RoutingAdminService admin;
    private final RoutingAdministration routing;

    RoutingAdminController(RoutingAdminService admin, RoutingAdministration routing) {
        this.admin = admin;
        this.routing = routing;
    }

    record RulesResponse(List<RuleViews.AdminRule> rules) {}

    @Operation(summary = "Create a rule at the end of its scope (businessType, roleId, officeId; no officeId = company)")
    @PostMapping("/rules")
    @ResponseStatus(HttpStatus.CREATED)
    RuleViews.AdminRule createRule(Caller caller, @RequestBody RuleInput input) {
        return routing.create(caller, input);
    }

    @Operation(summary = "Every rule of a business type and role: company rules first, then each office's, in order")
    @GetMapping("/rules")
    RulesResponse rules(Caller caller, @RequestParam(defaultValue = "1") int businessType, @RequestParam(required = false) @Nullable Integer roleId) {
        return new RulesResponse(routing.rules(caller, businessType, roleId));
    }

    @Operation(summary = "One rule")
    @GetMapping("/rules/{ruleId}")
    RuleViews.AdminRule rule(Caller caller, @PathVariable long ruleId) {
        return routing.rule(caller, ruleId);
    }

    @Operation(summary = "Replace a rule's name, switch, conditions, hours and strategy (its scope and place stay)")
    @PutMapping("/rules/{ruleId}")
    RuleViews.AdminRule updateRule(Caller caller, @PathVariable long ruleId, @RequestBody RuleInput input) {
        return routing.update(caller, ruleId, input);
    }

    record SwitchRequest(@Nullable Boolean ruleSwitch) {}

    @Operation(summary = "Pause (false) or resume (true) a rule")
    @PutMapping("/rules/{ruleId}/switch")
    RuleViews.AdminRule setSwitch(Caller caller, @PathVariable long ruleId, @RequestBody SwitchRequest request) {
        if (request.ruleSwitch() == null) {
            throw io.leadline.web.ApiException.missingField("ruleSwitch");
        }
        return routing.setEnabled(caller, ruleId, request.ruleSwitch());
    }

    @Operation(summary = "Delete a rule; the rules after it move up")
    @DeleteMapping("/rules/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteRule(Caller caller, @PathVariable long ruleId) {
        routing.delete(caller, ruleId);
    }

    record OrderRequest(@Nullable Integer businessType, @Nullable Integer roleId, @Nullable Long officeId, @Nullable List<Long> ruleIds) {}

    @Operation(summary = "Set the evaluation order of one scope's rules; ruleIds must list every rule of the scope")
    @PutMapping("/rule-order")
    RulesResponse reorder(Caller caller, @RequestBody OrderRequest request) {
        return new RulesResponse(
                routing.reorder(caller, request.businessType(), request.roleId(), request.officeId(), request.ruleIds()));
    }

    record FallbacksResponse(List<RuleViews.Fallback> fallbacks) {}

    @Operation(summary = "Set a scope's fallback rule (DEFAULT_ASSIGNEE with an agent or pond, or LEAD_POND)")
    @PutMapping("/fallbacks")
    RuleViews.Fallback putFallback(Caller caller, @RequestBody RoutingAdminService.FallbackInput input) {
        return routing.putFallback(caller, input);
    }

    @Operation(summary = "Every fallback rule of the team")
    @GetMapping("/fallbacks")
    FallbacksResponse fallbacks(Caller caller) {
        return new FallbacksResponse(routing.fallbacks(caller));
    }

    @Operation(summary = "Remove a scope's fallback rule")
    @DeleteMapping("/fallbacks")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteFallback(
            Caller caller,
            @RequestParam(defaultValue = "1") int businessType,
            @RequestParam(required = false) @Nullable Integer roleId,
            @RequestParam(required = false) @Nullable Long officeId) {
        routing.deleteFallback(caller, businessType, roleId, officeId);
    }

    @Operation(summary = "Create a lead pond")
    @PostMapping("/ponds")
    @ResponseStatus(HttpStatus.CREATED)
    LeadPond createPond(Caller caller, @RequestBody RoutingAdminService.PondInput input) {
        return admin.createPond(caller, input);
    }

    @Operation(summary = "Replace a pond's name, owner and agents")
    @PutMapping("/ponds/{pondId}")
    LeadPond updatePond(Caller caller, @PathVariable long pondId, @RequestBody RoutingAdminService.PondInput input) {
        return admin.updatePond(caller, pondId, input);
    }

    @Operation(summary = "Delete a pond no rule names and no lead waits in")
    @DeleteMapping("/ponds/{pondId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deletePond(Caller caller, @PathVariable long pondId) {
        admin.deletePond(caller, pondId);
    }

    record Settings(@Nullable String timeZone) {}

    @Operation(summary = "The team's routing settings (the IANA time zone active hours are read in)")
    @GetMapping("/settings")
    Settings settings(Caller caller) {
        return new Settings(admin.timeZone(caller));
    }

    @Operation(summary = "Set the team's time zone for active hours")
    @PutMapping("/settings")
    Settings putSettings(Caller caller, @RequestBody Settings settings) {
        return new Settings(admin.setTimeZone(caller, settings.timeZone()));
    }

    record Availability(long userId, boolean active, boolean onVacation) {
        static Availability of(RoutingSettingsRepository.Availability a) {
            return new Availability(a.userId(), a.active(), a.onVacation());
        }
    }

    @Operation(summary = "Whether a member receives routed leads")
    @GetMapping("/members/{userId}/availability")
    Availability availability(Caller caller, @PathVariable long userId) {
        return Availability.of(admin.availability(caller, userId));
    }

    @Operation(summary = "Take a member out of routing (active false) or put them on vacation; both are skipped")
    @PutMapping("/members/{userId}/availability")
    Availability setAvailability(Caller caller, @PathVariable long userId, @RequestBody RoutingAdminService.AvailabilityInput input) {
        return Availability.of(admin.setAvailability(caller, userId, input));
    }
}
