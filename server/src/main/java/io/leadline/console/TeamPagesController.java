package io.leadline.console;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.accounts.administration.TeamAdministration;
import io.leadline.accounts.directory.AgentProfiles;
import io.leadline.accounts.directory.ContactDetails;
import io.leadline.accounts.directory.MemberTag;
import io.leadline.accounts.directory.Office;
import io.leadline.accounts.directory.OrganizationService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
 * The team page: members (invite with a sign-in link, change role, deactivate and reactivate) and the office tree.
 * Accounts' administration services do each change, so the rank rules are the API's: the page offers only the roles
 * the member may give and the actions they may take, and the service refuses the rest.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class TeamPagesController {

    private final TeamAdministration team;
    private final AccountsService accounts;
    private final AgentProfiles profiles;
    private final OrganizationService organization;
    private final Invitations invitations;

    TeamPagesController(TeamAdministration team, AccountsService accounts, AgentProfiles profiles,
            OrganizationService organization, Invitations invitations) {
        this.team = team;
        this.accounts = accounts;
        this.profiles = profiles;
        this.organization = organization;
        this.invitations = invitations;
    }

    /** A member's row, with their office's name. */
    record MemberRow(Member member, String officeName) {}

    /** An office at its depth in the tree. */
    record OfficeRow(Office office, int depth) {}

    @GetMapping("/app/team")
    String page(Caller caller, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> teamPage(caller, model));
    }

    private String teamPage(Caller caller, Model model) {
        List<Office> offices = team.offices(caller);
        Map<Long, String> officeNames = offices.stream().collect(Collectors.toMap(Office::id, Office::name));
        model.addAttribute("members", team.users(caller).stream()
                .sorted(Comparator.comparing(Member::fullName))
                .map(member -> new MemberRow(member,
                        member.officeId() == null ? "" : officeNames.getOrDefault(member.officeId(), "")))
                .toList());
        model.addAttribute("offices", tree(offices));
        model.addAttribute("roles", team.grantableRoles(caller));
        return "team";
    }

    /** The offices depth first, children after their parent, siblings by name. */
    static List<OfficeRow> tree(List<Office> offices) {
        Map<Long, List<Office>> children = offices.stream().sorted(Comparator.comparing(Office::name))
                .collect(Collectors.groupingBy(office -> office.parentId() == null ? 0L : office.parentId(),
                        java.util.LinkedHashMap::new, Collectors.toList()));
        List<OfficeRow> rows = new ArrayList<>();
        java.util.Set<Long> ids = offices.stream().map(Office::id).collect(Collectors.toSet());
        offices.stream().filter(office -> office.parentId() == null || !ids.contains(office.parentId()))
                .sorted(Comparator.comparing(Office::name))
                .forEach(root -> addWithChildren(root, 0, children, rows));
        return rows;
    }

    private static void addWithChildren(Office office, int depth, Map<Long, List<Office>> children, List<OfficeRow> rows) {
        rows.add(new OfficeRow(office, depth));
        children.getOrDefault(office.id(), List.of()).forEach(child -> addWithChildren(child, depth + 1, children, rows));
    }

    @PostMapping("/app/team/members")
    String invite(Caller caller, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        form.remove("_csrf");
        return new ManagerPages(caller, response).showResult("invited",
                () -> invitations.invite(caller, text(form, "email"), text(form, "firstName"), text(form, "lastName"),
                        text(form, "role"), RuleForm.optionalNumber(form, "officeId")),
                model, form, () -> teamPage(caller, model));
    }

    @GetMapping("/app/team/members/{userId}")
    String memberPage(Caller caller, @PathVariable long userId, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> memberPage(caller, userId, model));
    }

    private String memberPage(Caller caller, long userId, Model model) {
        Member member = member(caller, userId);
        model.addAttribute("member", member);
        model.addAttribute("actsFor", member.id() != caller.userId() && team.actsFor(caller, member));
        model.addAttribute("roles", team.grantableRoles(caller));
        model.addAttribute("officeName", member.officeId() == null ? "" : team.offices(caller).stream()
                .filter(office -> office.id() == member.officeId()).map(Office::name).findFirst().orElse(""));
        model.addAttribute("tags", profiles.tagsOf(caller.teamId(), List.of(userId)).getOrDefault(userId, List.of()).stream()
                .map(MemberTag::name).toList());
        return "team-member";
    }

    /** A new sign-in link for a member, shown on the page (never kept in the session). */
    @PostMapping("/app/team/members/{userId}/link")
    String link(Caller caller, @PathVariable long userId, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).showResult("invited", () -> invitations.link(caller, member(caller, userId)),
                model, new LinkedMultiValueMap<>(), () -> memberPage(caller, userId, model));
    }

    @PostMapping("/app/team/members/{userId}/role")
    String role(Caller caller, @PathVariable long userId, @RequestParam(defaultValue = "") String role, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        return onMember(caller, userId, response, model, next, () -> team.changeRole(caller, userId, role), "Role changed.");
    }

    /** Tags typed separated by commas; a name new to the team joins its member tags. */
    @PostMapping("/app/team/members/{userId}/tags")
    String tag(Caller caller, @PathVariable long userId, @RequestParam(defaultValue = "") String tags, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        List<String> names = java.util.Arrays.stream(tags.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
        return onMember(caller, userId, response, model, next, () -> profiles.addTags(caller, userId, names, true), "Tagged.");
    }

    @PostMapping("/app/team/members/{userId}/active")
    String active(Caller caller, @PathVariable long userId, @RequestParam boolean active, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        return onMember(caller, userId, response, model, next, () -> team.setActive(caller, userId, active),
                active ? "Member reactivated." : "Member deactivated: their keys stop working and routing passes them over.");
    }

    private String onMember(Caller caller, long userId, HttpServletResponse response, Model model, RedirectAttributes next,
            Runnable change, String notice) {
        ManagerPages pages = new ManagerPages(caller, response);
        return pages.show(() -> {
            member(caller, userId);
            return pages.change(change, notice, "/app/team/members/" + userId, model, new LinkedMultiValueMap<>(),
                    () -> memberPage(caller, userId, model), next);
        });
    }

    @PostMapping("/app/team/offices")
    String office(Caller caller, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String parentId,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        return onPage(caller, response, model, next,
                () -> team.createOffice(caller, name, parentId.isBlank() ? null : RuleForm.number("parentId", parentId)),
                "Office added.");
    }

    /** Renames an office or moves it under another (empty: under the company); never below itself. */
    @PostMapping("/app/team/offices/{officeId}")
    String changeOffice(Caller caller, @PathVariable long officeId, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String parentId, Model model, HttpServletResponse response, RedirectAttributes next) {
        return onPage(caller, response, model, next, () -> organization.updateOffice(caller, new OrganizationService.OfficeInput(
                officeId, parentId.isBlank() ? 0L : RuleForm.number("parentId", parentId), name, ContactDetails.NONE, null)),
                "Office saved.");
    }

    private Member member(Caller caller, long userId) {
        return accounts.findMember(caller.teamId(), userId)
                .orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No member " + userId));
    }

    private String onPage(Caller caller, HttpServletResponse response, Model model, RedirectAttributes next, Runnable change,
            String notice) {
        return new ManagerPages(caller, response).change(change, notice, "/app/team", model, new LinkedMultiValueMap<>(),
                () -> teamPage(caller, model), next);
    }

    private static String text(MultiValueMap<String, String> form, String field) {
        return Objects.requireNonNullElse(form.getFirst(field), "");
    }
}
