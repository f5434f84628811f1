package io.leadline.console;

import io.leadline.accounts.Member;
import io.leadline.accounts.administration.KeyAdministration;
import io.leadline.accounts.administration.TeamAdministration;
import io.leadline.accounts.authentication.Credential;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's API keys: issue one (its secret shown on the page that issued it, once, and kept nowhere else), revoke,
 * give a key its own rate limit; when each was last used. Accounts' key service decides who may do what, as for
 * {@code /leadline/v1/api-keys}: a key is issued only for oneself or a member one outranks.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class KeyPagesController {

    private final KeyAdministration keys;
    private final TeamAdministration team;
    private final Clock clock;

    KeyPagesController(KeyAdministration keys, TeamAdministration team, Clock clock) {
        this.keys = keys;
        this.team = team;
        this.clock = clock;
    }

    /** A key's row: whose it is and whether it works now. */
    record KeyRow(Credential key, String memberName, String state, boolean actsFor) {}

    @GetMapping("/app/team/keys")
    String page(Caller caller, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> keysPage(caller, model));
    }

    private String keysPage(Caller caller, Model model) {
        List<Member> members = team.users(caller);
        Map<Long, Member> byId = members.stream().collect(Collectors.toMap(Member::id, Function.identity()));
        OffsetDateTime now = Times.now(clock);
        model.addAttribute("keys", keys.keys(caller).stream()
                .sorted(Comparator.comparing(Credential::createdAt).reversed())
                .map(key -> new KeyRow(key, byId.containsKey(key.userId()) ? byId.get(key.userId()).fullName() : "",
                        key.revokedAt() != null ? "Revoked" : key.usableAt(now) ? "Active" : "Expired",
                        byId.containsKey(key.userId()) && team.actsFor(caller, byId.get(key.userId()))))
                .toList());
        model.addAttribute("holders", members.stream()
                .filter(member -> member.deactivatedAt() == null && team.actsFor(caller, member))
                .sorted(Comparator.comparing(Member::fullName)).toList());
        model.addAttribute("me", caller.userId());
        return "team-keys";
    }

    @PostMapping("/app/team/keys")
    String issue(Caller caller, @RequestParam(required = false) @Nullable Long userId, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String rateLimit, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).showResult("issued", () -> keys.createKey(caller, userId, name, null, null,
                        rateLimit.isBlank() ? null : (int) RuleForm.number("rateLimitPerMinute", rateLimit)),
                model, new LinkedMultiValueMap<>(), () -> keysPage(caller, model));
    }

    @PostMapping("/app/team/keys/{keyId}/revoke")
    String revoke(Caller caller, @PathVariable long keyId, Model model, HttpServletResponse response, RedirectAttributes next) {
        return onPage(caller, response, model, next, () -> keys.revokeKey(caller, keyId), "Key revoked: it answers 401 from now on.");
    }

    /** Empty: the server's default; 0: no limit. */
    @PostMapping("/app/team/keys/{keyId}/rate-limit")
    String rateLimit(Caller caller, @PathVariable long keyId, @RequestParam(defaultValue = "") String rateLimit, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        return onPage(caller, response, model, next, () -> keys.setRateLimit(caller, keyId,
                rateLimit.isBlank() ? null : (int) RuleForm.number("rateLimitPerMinute", rateLimit)), "Rate limit saved.");
    }

    private String onPage(Caller caller, HttpServletResponse response, Model model, RedirectAttributes next, Runnable change,
            String notice) {
        return new ManagerPages(caller, response).change(change, notice, "/app/team/keys", model, new LinkedMultiValueMap<>(),
                () -> keysPage(caller, model), next);
    }
}
