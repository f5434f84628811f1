package io.leadline.console;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.routing.LeadPond;
import io.leadline.routing.administration.RoutingAdminService;
import io.leadline.routing.administration.RoutingAdministration;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/**
 * Lead ponds from the routing page: listed with their owner and agents, made, changed and deleted through routing's
 * administration service (a pond a rule or fallback names, or that still holds leads, cannot go: its message says so).
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class PondPagesController {

    private final RoutingAdministration routing;
    private final RoutingAdminService admin;
    private final AccountsService accounts;

    PondPagesController(RoutingAdministration routing, RoutingAdminService admin, AccountsService accounts) {
        this.routing = routing;
        this.admin = admin;
        this.accounts = accounts;
    }

    /** A pond as the list shows it: its owner's and agents' names. */
    record PondRow(LeadPond pond, String ownerName, String agentNames) {}

    @GetMapping("/app/routing/ponds")
    String ponds(Caller caller, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> pondsPage(caller, model));
    }

    private String pondsPage(Caller caller, Model model) {
        Map<Long, Member> members = accounts.teamMembers(caller.teamId()).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        Function<Long, String> name = id -> members.containsKey(id) ? members.get(id).fullName() : "member " + id;
        model.addAttribute("ponds", routing.ponds(caller).stream()
                .sorted(Comparator.comparing(LeadPond::pondName))
                .map(pond -> new PondRow(pond, name.apply(pond.pondOwnerId()),
                        pond.agentIds().stream().map(name).collect(Collectors.joining(", "))))
                .toList());
        return "routing-ponds";
    }

    @GetMapping("/app/routing/ponds/new")
    String newPond(Caller caller, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> pondForm(caller, null, new LinkedMultiValueMap<>(), model));
    }

    @GetMapping("/app/routing/ponds/{pondId}")
    String pond(Caller caller, @PathVariable long pondId, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> {
            LeadPond pond = find(caller, pondId);
            MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
            values.add("pondName", pond.pondName());
            values.add("pondOwnerId", String.valueOf(pond.pondOwnerId()));
            pond.agentIds().forEach(id -> values.add("agentIds", String.valueOf(id)));
            return pondForm(caller, pond, values, model);
        });
    }

    private String pondForm(Caller caller, @Nullable LeadPond pond, MultiValueMap<String, String> values, Model model) {
        model.addAttribute("pond", pond);
        model.addAttribute("values", RuleFormValues.typed(values));
        model.addAttribute("members", accounts.teamMembers(caller.teamId()).stream()
                .filter(member -> member.deactivatedAt() == null).sorted(Comparator.comparing(Member::fullName)).toList());
        return "routing-pond";
    }

    @PostMapping("/app/routing/ponds")
    String create(Caller caller, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes next) {
        form.remove("_csrf");
        return new ManagerPages(caller, response).change(() -> admin.createPond(caller, input(form)), "Pond created.",
                "/app/routing/ponds", model, form, () -> pondForm(caller, null, form, model), next);
    }

    @PostMapping("/app/routing/ponds/{pondId}")
    String update(Caller caller, @PathVariable long pondId, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        form.remove("_csrf");
        ManagerPages pages = new ManagerPages(caller, response);
        return pages.show(() -> {
            LeadPond pond = find(caller, pondId);
            return pages.change(() -> admin.updatePond(caller, pondId, input(form)), "Pond saved.", "/app/routing/ponds", model, form,
                    () -> pondForm(caller, pond, form, model), next);
        });
    }

    @PostMapping("/app/routing/ponds/{pondId}/delete")
    String delete(Caller caller, @PathVariable long pondId, Model model, HttpServletResponse response, RedirectAttributes next) {
        return new ManagerPages(caller, response).change(() -> admin.deletePond(caller, pondId), "Pond deleted.",
                "/app/routing/ponds", model, new LinkedMultiValueMap<>(), () -> pondsPage(caller, model), next);
    }

    private LeadPond find(Caller caller, long pondId) {
        return routing.ponds(caller).stream().filter(pond -> pond.id() == pondId).findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No pond " + pondId));
    }

    private static RoutingAdminService.PondInput input(MultiValueMap<String, String> form) {
        List<Long> agents = form.getOrDefault("agentIds", List.of()).stream().map(id -> RuleForm.number("agentIds", id)).toList();
        return new RoutingAdminService.PondInput(RuleForm.text(form, "pondName"), RuleForm.optionalNumber(form, "pondOwnerId"), agents);
    }
}
