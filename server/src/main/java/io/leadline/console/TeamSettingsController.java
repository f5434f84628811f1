package io.leadline.console;

import io.leadline.communications.delivery.MailSenders;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.transactions.TransactionCustomFields;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The team's settings: pipeline stages, lead sources, lead and transaction custom fields, the sender and SMTP server for its emails
 * (the password write-only: never shown, kept when left empty) and how this server sends texts. The features' own
 * services validate each change, as their API endpoints do.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class TeamSettingsController {

    private final TeamFeaturesService features;
    private final TransactionCustomFields transactionFields;
    private final MailSenders mail;
    private final JsonMapper json;

    TeamSettingsController(TeamFeaturesService features, TransactionCustomFields transactionFields, MailSenders mail,
            JsonMapper json) {
        this.features = features;
        this.transactionFields = transactionFields;
        this.mail = mail;
        this.json = json;
    }

    @GetMapping("/app/team/settings")
    String page(Caller caller, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> settingsPage(caller, model));
    }

    private String settingsPage(Caller caller, Model model) {
        model.addAttribute("stages", features.stages(caller.teamId()));
        model.addAttribute("sources", features.sources(caller.teamId()));
        model.addAttribute("leadFields", features.customFields(caller.teamId()));
        model.addAttribute("leadFieldTypes", TeamFeaturesService.FIELD_TYPES.stream().sorted().toList());
        model.addAttribute("transactionFields", transactionFields.list(caller.teamId()));
        model.addAttribute("transactionFieldTypes", TransactionCustomFields.types());
        model.addAttribute("mail", mail.get(caller));
        model.addAttribute("textCarrier", mail.textCarrier());
        return "team-settings";
    }

    @PostMapping("/app/team/settings/stages")
    String addStage(Caller caller, @RequestParam(defaultValue = "") String name, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        return change(caller, response, model, next, form, () -> features.addStage(caller, name), "Stage added.");
    }

    @PostMapping("/app/team/settings/sources")
    String addSource(Caller caller, @RequestParam(defaultValue = "") String name, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        return change(caller, response, model, next, form, () -> features.addSource(caller, name), "Source added.");
    }

    /** Choices typed one per line or separated by commas; only the select types take them. */
    @PostMapping("/app/team/settings/lead-fields")
    String addLeadField(Caller caller, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String options, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        List<String> choices = choices(options);
        return change(caller, response, model, next, form, () -> features.addCustomField(caller, name, type,
                choices.isEmpty() ? null : json.createObjectNode().set("option", array(choices))), "Custom field added.");
    }

    @PostMapping("/app/team/settings/transaction-fields")
    String addTransactionField(Caller caller, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String options,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response, RedirectAttributes next) {
        List<String> choices = choices(options);
        return change(caller, response, model, next, form,
                () -> transactionFields.define(caller, name, type, choices.isEmpty() ? null : array(choices)),
                "Transaction field added.");
    }

    @PostMapping("/app/team/settings/transaction-fields/{fieldId}/delete")
    String removeTransactionField(Caller caller, @PathVariable long fieldId, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        return change(caller, response, model, next, form, () -> transactionFields.remove(caller, fieldId),
                "Transaction field removed; values already on transactions stay.");
    }

    @PostMapping("/app/team/settings/mail")
    String mail(Caller caller, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes next) {
        Long port = RuleForm.optionalNumber(form, "port");
        MailSenders.Request request = new MailSenders.Request(RuleForm.text(form, "from"), RuleForm.text(form, "fromName"),
                RuleForm.text(form, "host"), port == null ? null : Math.toIntExact(Math.min(port, Integer.MAX_VALUE)),
                RuleForm.text(form, "security"), RuleForm.text(form, "username"), form.getFirst("password"));
        return change(caller, response, model, next, form, () -> mail.putKeepingPassword(caller, request), "Mail settings saved.");
    }

    @PostMapping("/app/team/settings/mail/delete")
    String mailDefaults(Caller caller, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        return change(caller, response, model, next, form, () -> mail.delete(caller), "The team sends through the server's mail settings again.");
    }

    private String change(Caller caller, HttpServletResponse response, Model model, RedirectAttributes next,
            MultiValueMap<String, String> form, Runnable change, String notice) {
        form.remove("password"); // a refused form never echoes the password back
        form.remove("_csrf");
        return new ManagerPages(caller, response).change(change, notice, "/app/team/settings", model, form,
                () -> settingsPage(caller, model), next);
    }

    private static List<String> choices(@Nullable String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\n]")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    private ArrayNode array(List<String> values) {
        ArrayNode array = json.createArrayNode();
        values.forEach(array::add);
        return array;
    }
}
