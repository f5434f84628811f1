package io.leadline.console;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.accounts.administration.TeamAdministration;
import io.leadline.accounts.directory.Office;
import io.leadline.routing.administration.RoutingAdminService;
import io.leadline.routing.administration.RoutingAdministration;
import io.leadline.routing.administration.RuleViews;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The routing page: per scope (the company, each office) the agent rules in order with their switches, order buttons
 * and fallback; the team's time zone; members' availability. Every change goes through routing's own administration
 * services, so it is validated exactly as the API's {@code /leadline/v1/routing/…} endpoints validate it.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class RoutingPagesController {

    private static final int AGENT_LEADS = 1;

    private final RoutingAdministration routing;
    private final RoutingAdminService settings;
    private final TeamAdministration team;
    private final AccountsService accounts;
    private final JsonMapper json;

    RoutingPagesController(RoutingAdministration routing, RoutingAdminService settings, TeamAdministration team,
            AccountsService accounts, JsonMapper json) {
        this.routing = routing;
        this.settings = settings;
        this.team = team;
        this.accounts = accounts;
        this.json = json;
    }

    /** A scope's rules in order and its fallback (null: none). */
    record ScopeView(String label, @Nullable Long officeId, List<RuleViews.AdminRule> rules, RuleViews.@Nullable Fallback fallback) {

        public String anchor() {
            return officeId == null ? "scope-company" : "scope-" + officeId;
        }
    }

    @GetMapping("/app/routing")
    String page(Caller caller, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> routingPage(caller, model));
    }

    private String routingPage(Caller caller, Model model) {
        List<RuleViews.AdminRule> rules = routing.rules(caller, AGENT_LEADS, null);
        List<RuleViews.Fallback> fallbacks = routing.fallbacks(caller).stream()
                .filter(fallback -> fallback.businessType() == AGENT_LEADS).toList();
        List<ScopeView> scopes = new ArrayList<>();
        scopes.add(scope("Company", null, rules, fallbacks));
        for (Office office : offices(caller)) {
            scopes.add(scope(office.name(), office.id(), rules, fallbacks));
        }
        model.addAttribute("scopes", scopes);
        model.addAttribute("timeZone", settings.timeZone(caller));
        return "routing";
    }

    @GetMapping("/app/routing/availability")
    String availabilityPage(Caller caller, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> availabilities(caller, model));
    }

    private String availabilities(Caller caller, Model model) {
        model.addAttribute("members", members(caller));
        model.addAttribute("availability", settings.availabilities(caller));
        return "routing-availability";
    }

    @GetMapping("/app/routing/fallback")
    String fallbackPage(Caller caller, @RequestParam(required = false) @Nullable Long officeId, Model model,
            HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> fallbackForm(caller, officeId, model));
    }

    private String fallbackForm(Caller caller, @Nullable Long officeId, Model model) {
        model.addAttribute("officeId", officeId);
        model.addAttribute("scopeName", scopeName(caller, officeId));
        model.addAttribute("fallback", routing.fallbacks(caller).stream()
                .filter(fallback -> fallback.businessType() == AGENT_LEADS && Objects.equals(fallback.officeId(), officeId))
                .findFirst().orElse(null));
        model.addAttribute("members", members(caller));
        model.addAttribute("ponds", routing.ponds(caller));
        return "routing-fallback";
    }

    private String scopeName(Caller caller, @Nullable Long officeId) {
        return officeId == null ? "Company" : offices(caller).stream()
                .filter(office -> office.id() == officeId).map(Office::name).findFirst()
                .orElseThrow(() -> new ApiException(io.leadline.web.ErrorCode.RESOURCE_NOT_EXIST, "no office " + officeId));
    }

    private static ScopeView scope(String label, @Nullable Long officeId, List<RuleViews.AdminRule> rules,
            List<RuleViews.Fallback> fallbacks) {
        return new ScopeView(label, officeId,
                rules.stream().filter(rule -> Objects.equals(rule.officeId(), officeId))
                        .sorted(Comparator.comparingInt(RuleViews.AdminRule::position)).toList(),
                fallbacks.stream().filter(fallback -> Objects.equals(fallback.officeId(), officeId)).findFirst().orElse(null));
    }

    private List<Office> offices(Caller caller) {
        return team.offices(caller).stream().sorted(Comparator.comparing(Office::name)).toList();
    }

    private List<Member> members(Caller caller) {
        return accounts.teamMembers(caller.teamId()).stream().filter(member -> member.deactivatedAt() == null)
                .sorted(Comparator.comparing(Member::fullName)).toList();
    }

    @GetMapping("/app/routing/rules/new")
    String newRule(Caller caller, @RequestParam(required = false) @Nullable Long officeId, Model model,
            HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> rulePage(caller, null, officeId, RuleFormValues.blank(), model));
    }

    @GetMapping("/app/routing/rules/{ruleId}")
    String rule(Caller caller, @PathVariable long ruleId, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> {
            RuleViews.AdminRule rule = routing.rule(caller, ruleId);
            return rulePage(caller, rule, rule.officeId(), RuleFormValues.of(rule, json), model);
        });
    }

    private String rulePage(Caller caller, RuleViews.@Nullable AdminRule rule, @Nullable Long officeId, RuleFormValues values,
            Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("title", rule == null ? "New rule" : rule.rule().name());
        model.addAttribute("officeId", officeId);
        model.addAttribute("scopeName", scopeName(caller, officeId));
        model.addAttribute("values", values);
        model.addAttribute("members", members(caller));
        model.addAttribute("ponds", routing.ponds(caller));
        model.addAttribute("leadTypes", RuleForm.LEAD_TYPES);
        return "routing-rule";
    }

    @PostMapping("/app/routing/rules")
    String create(Caller caller, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes next) {
        Long officeId = RuleForm.optionalNumber(form, "officeId");
        return new ManagerPages(caller, response).change(() -> routing.create(caller, RuleForm.input(form, officeId)),
                "Rule created.", "/app/routing#" + scopeAnchor(officeId), model, form,
                () -> rulePage(caller, null, officeId, RuleFormValues.typed(form), model), next);
    }

    @PostMapping("/app/routing/rules/{ruleId}")
    String update(Caller caller, @PathVariable long ruleId, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        ManagerPages pages = new ManagerPages(caller, response);
        return pages.show(() -> {
            RuleViews.AdminRule rule = routing.rule(caller, ruleId);
            return pages.change(() -> routing.update(caller, ruleId, RuleForm.input(form, rule.officeId())), "Rule saved.",
                    "/app/routing#" + scopeAnchor(rule.officeId()), model, form,
                    () -> rulePage(caller, rule, rule.officeId(), RuleFormValues.typed(form), model), next);
        });
    }

    @PostMapping("/app/routing/rules/{ruleId}/switch")
    String setSwitch(Caller caller, @PathVariable long ruleId, @RequestParam boolean on, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        return onList(caller, response, model, next, () -> routing.setEnabled(caller, ruleId, on),
                on ? "Rule switched on." : "Rule switched off.");
    }

    @PostMapping("/app/routing/rules/{ruleId}/move")
    String move(Caller caller, @PathVariable long ruleId, @RequestParam int steps, Model model, HttpServletResponse response,
            RedirectAttributes next) {
        return onList(caller, response, model, next, () -> routing.move(caller, ruleId, steps), "Order saved.");
    }

    @PostMapping("/app/routing/rules/{ruleId}/delete")
    String delete(Caller caller, @PathVariable long ruleId, Model model, HttpServletResponse response, RedirectAttributes next) {
        return onList(caller, response, model, next, () -> routing.delete(caller, ruleId), "Rule deleted.");
    }

    /** A scope's fallback: an agent, a pond, or none. */
    @PostMapping("/app/routing/fallbacks")
    String fallback(Caller caller, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        Long officeId = RuleForm.optionalNumber(form, "officeId");
        Long agentId = RuleForm.optionalNumber(form, "agentId");
        Long pondId = RuleForm.optionalNumber(form, "pondId");
        Runnable change = agentId == null && pondId == null
                ? () -> routing.deleteFallback(caller, AGENT_LEADS, null, officeId)
                : () -> routing.putFallback(caller, new RoutingAdminService.FallbackInput(AGENT_LEADS, null, officeId,
                        agentId == null ? 4 : 5, null, agentId, agentId == null ? pondId : null));
        return new ManagerPages(caller, response).change(change, "Fallback saved.", "/app/routing#" + scopeAnchor(officeId), model,
                form, () -> fallbackForm(caller, officeId, model), next);
    }

    @PostMapping("/app/routing/time-zone")
    String timeZone(Caller caller, @RequestParam(defaultValue = "") String timeZone, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        return onList(caller, response, model, next, () -> settings.setTimeZone(caller, timeZone), "Time zone saved.");
    }

    @PostMapping("/app/routing/members/{userId}/availability")
    String availability(Caller caller, @PathVariable long userId, @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(defaultValue = "false") boolean onVacation, Model model, HttpServletResponse response,
            RedirectAttributes next) {
        return new ManagerPages(caller, response).change(
                () -> settings.setAvailability(caller, userId, new RoutingAdminService.AvailabilityInput(active, onVacation)),
                "Availability saved.", "/app/routing/availability", model, new LinkedMultiValueMap<>(),
                () -> availabilities(caller, model), next);
    }

    private String onList(Caller caller, HttpServletResponse response, Model model, RedirectAttributes next, Runnable change,
            String notice) {
        return new ManagerPages(caller, response).change(change, notice, "/app/routing", model, new LinkedMultiValueMap<>(),
                () -> routingPage(caller, model), next);
    }

    private static String scopeAnchor(@Nullable Long officeId) {
        return officeId == null ? "scope-company" : "scope-" + officeId;
    }
}
