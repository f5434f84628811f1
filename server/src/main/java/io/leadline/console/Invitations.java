package io.leadline.console;

import io.leadline.accounts.Member;
import io.leadline.accounts.administration.TeamAdministration;
import io.leadline.accounts.signin.ConsoleAddress;
import io.leadline.accounts.signin.PasswordLinks;
import io.leadline.web.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Inviting from the team page: the member and their sign-in link are made together, or neither is. */
@Component
class Invitations {

    /** A sign-in link to hand to the member (shown once, on the page that made it). */
    record Invited(String name, String email, String link) {}

    private final TeamAdministration team;
    private final PasswordLinks links;
    private final ConsoleAddress console;

    Invitations(TeamAdministration team, PasswordLinks links, ConsoleAddress console) {
        this.team = team;
        this.links = links;
        this.console = console;
    }

    @Transactional
    Invited invite(Caller caller, String email, String firstName, String lastName, String role, @Nullable Long officeId) {
        Member member = team.createUser(caller, email, firstName, lastName, null, role, officeId);
        return link(caller, member);
    }

    /** A new link for a member who has lost theirs or never used it; their earlier links stop working. */
    Invited link(Caller caller, Member member) {
        PasswordLinks.Link link = links.create(caller, member.id());
        return new Invited(member.fullName(), member.email(), console.passwordLink(link.token()));
    }
}
