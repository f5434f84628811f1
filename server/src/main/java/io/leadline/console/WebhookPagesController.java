package io.leadline.console;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.webhooks.Subscription;
import io.leadline.webhooks.WebhookService;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The webhooks page: the team's subscriptions with their backlog, pause and resume, signing-secret rotation (the new
 * secret shown once), a ping, and each one's delivery log with replays. The webhooks feature's service does each, as
 * for {@code /leadline/v1/webhooks/…}; a callback the subscription check refuses comes back with its message.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class WebhookPagesController {

    static final int LOG_SHOWN = 50;

    /** What each list carries (Lofty's lists 1–12, Leadline's own 101). */
    static final Map<Integer, String> LISTS = new java.util.TreeMap<>(Map.ofEntries(
            Map.entry(1, "Agent info"), Map.entry(2, "Lead info"), Map.entry(3, "Lead activity"), Map.entry(4, "Listing alert"),
            Map.entry(5, "Transactions"), Map.entry(6, "Calls"), Map.entry(7, "Emails"), Map.entry(8, "Texts"),
            Map.entry(9, "Notes"), Map.entry(10, "Tasks"), Map.entry(11, "Appointments"), Map.entry(12, "Pipeline change"),
            Map.entry(101, "Import finished (Leadline)")));

    private final WebhookService webhooks;
    private final AccountsService accounts;

    WebhookPagesController(WebhookService webhooks, AccountsService accounts) {
        this.webhooks = webhooks;
        this.accounts = accounts;
    }

    /** A subscription's row: its list's name, whose it is, and how many events wait. */
    record SubscriptionRow(Subscription subscription, String listName, String ownerName, long backlog) {}

    @GetMapping("/app/webhooks")
    String page(Caller caller, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> webhooksPage(caller, model));
    }

    private String webhooksPage(Caller caller, Model model) {
        Map<Long, Member> members = accounts.teamMembers(caller.teamId()).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        Map<Long, Long> waiting = webhooks.pendingEventsOfTeam(caller);
        model.addAttribute("subscriptions", webhooks.list(caller, false).stream()
                .sorted(Comparator.comparing(Subscription::id))
                .map(s -> new SubscriptionRow(s, LISTS.getOrDefault(s.listId(), "List " + s.listId()),
                        members.containsKey(s.userId()) ? members.get(s.userId()).fullName() : "", waiting.getOrDefault(s.id(), 0L)))
                .toList());
        model.addAttribute("lists", LISTS);
        return "webhooks";
    }

    @PostMapping("/app/webhooks")
    String subscribe(Caller caller, @RequestParam(defaultValue = "2") int listId, @RequestParam(defaultValue = "") String callbackUrl,
            @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int permissionMode, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        WebhookService.SubscribeRequest request = new WebhookService.SubscribeRequest(listId, callbackUrl, limit, permissionMode);
        return new ManagerPages(caller, response).change(
                () -> {
                    if (listId > 12) {
                        webhooks.subscribeToLeadlineList(caller, request);
                    } else {
                        webhooks.subscribe(caller, request);
                    }
                },
                "Subscribed.", "/app/webhooks", model, typed("callbackUrl", callbackUrl), () -> webhooksPage(caller, model), next);
    }

    @PostMapping("/app/webhooks/{id}/paused")
    String pause(Caller caller, @PathVariable long id, @RequestParam boolean paused, Model model, HttpServletResponse response,
            RedirectAttributes next) {
        return onList(caller, response, model, next, () -> webhooks.setPaused(caller, id, paused),
                paused ? "Paused: events keep collecting until you resume." : "Resumed.");
    }

    @PostMapping("/app/webhooks/{id}/delete")
    String unsubscribe(Caller caller, @PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes next) {
        return onList(caller, response, model, next, () -> {
            webhooks.own(caller, id);
            webhooks.unsubscribe(caller, id);
        }, "Subscription deleted.");
    }

    /** The new secret is shown on the page that made it, never kept in the session. */
    @PostMapping("/app/webhooks/{id}/secret")
    String rotate(Caller caller, @PathVariable long id, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> {
            model.addAttribute("secret", webhooks.rotateSecret(caller, id));
            model.addAttribute("secretFor", id);
            return webhooksPage(caller, model);
        });
    }

    @GetMapping("/app/webhooks/{id}")
    String deliveries(Caller caller, @PathVariable long id, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> deliveriesPage(caller, id, model));
    }

    private String deliveriesPage(Caller caller, long id, Model model) {
        Subscription subscription = webhooks.own(caller, id);
        model.addAttribute("subscription", subscription);
        model.addAttribute("listName", LISTS.getOrDefault(subscription.listId(), "List " + subscription.listId()));
        model.addAttribute("backlog", webhooks.pendingEvents(id));
        model.addAttribute("deliveries", webhooks.deliveries(caller, id, LOG_SHOWN));
        model.addAttribute("zone", accounts.teamZone(caller.teamId()));
        return "webhook-deliveries";
    }

    @PostMapping("/app/webhooks/{id}/ping")
    String ping(Caller caller, @PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes next) {
        return onLog(caller, id, response, model, next, () -> {
            WebhookService.Delivery sent = webhooks.ping(caller, id);
            next.addFlashAttribute("outcome", "Ping " + sent.message().status().toLowerCase(java.util.Locale.ROOT) + ".");
        }, "Ping sent.");
    }

    @PostMapping("/app/webhooks/{id}/deliveries/{messageId}/replay")
    String replay(Caller caller, @PathVariable long id, @PathVariable long messageId, Model model, HttpServletResponse response,
            RedirectAttributes next) {
        return onLog(caller, id, response, model, next, () -> {
            WebhookService.Delivery sent = webhooks.replay(caller, id, messageId);
            next.addFlashAttribute("outcome", "Sent again: " + sent.message().status().toLowerCase(java.util.Locale.ROOT) + ".");
        }, "Replayed.");
    }

    /** {@code since} as the page's date-time field gives it, in the team's time zone. */
    @PostMapping("/app/webhooks/{id}/replay")
    String replaySince(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String since, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        return onLog(caller, id, response, model, next, () -> {
            int requeued = webhooks.replaySince(caller, id, localTime(since, accounts.teamZone(caller.teamId())));
            next.addFlashAttribute("outcome", requeued + " batch(es) queued to be sent again, in order.");
        }, "Replay queued.");
    }

    private static java.time.OffsetDateTime localTime(String text, ZoneId zone) {
        try {
            return LocalDateTime.parse(text.trim()).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException unreadable) {
            throw ApiException.invalidField("since", "must be a date and time, such as 2026-12-06T09:00, not '" + text + "'");
        }
    }

    private String onList(Caller caller, HttpServletResponse response, Model model, RedirectAttributes next, Runnable change,
            String notice) {
        return new ManagerPages(caller, response).change(change, notice, "/app/webhooks", model, new LinkedMultiValueMap<>(),
                () -> webhooksPage(caller, model), next);
    }

    private String onLog(Caller caller, long id, HttpServletResponse response, Model model, RedirectAttributes next,
            Runnable change, String notice) {
        return new ManagerPages(caller, response).change(change, notice, "/app/webhooks/" + id, model,
                new LinkedMultiValueMap<>(), () -> deliveriesPage(caller, id, model), next);
    }

    private static LinkedMultiValueMap<String, String> typed(String field, String value) {
        LinkedMultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
        typed.add(field, value);
        return typed;
    }
}
