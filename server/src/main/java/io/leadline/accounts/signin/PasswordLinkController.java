package io.leadline.accounts.signin;

import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The console's invitation and password-reset links, made through the administration API. */
@RestController
@Tag(name = "Leadline administration")
@RequestMapping("/leadline/v1")
class PasswordLinkController {

    private final PasswordLinks links;
    private final ConsoleAddress console;

    PasswordLinkController(PasswordLinks links, ConsoleAddress console) {
        this.links = links;
        this.console = console;
    }

    record InvitationResponse(long userId, String email, String link, String expiresAt) {}

    @Operation(summary = "A one-time link (valid 3 days) where the member sets their console password: an invitation or a reset"
            + " (owners and admins, for members they act for; a new link ends the member's earlier ones)")
    @PostMapping("/users/{userId}/invitation")
    @ResponseStatus(HttpStatus.CREATED)
    InvitationResponse invitation(Caller caller, @PathVariable long userId) {
        PasswordLinks.Link link = links.create(caller, userId);
        return new InvitationResponse(link.userId(), link.email(), console.passwordLink(link.token()),
                Times.iso(link.expiresAt()));
    }
}
