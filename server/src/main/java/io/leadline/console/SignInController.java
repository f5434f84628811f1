package io.leadline.console;

import io.leadline.accounts.Member;
import io.leadline.accounts.signin.ConsoleAddress;
import io.leadline.accounts.signin.PasswordLinks;
import io.leadline.accounts.signin.Passwords;
import io.leadline.accounts.signin.SignedInMember;
import io.leadline.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in, and setting a password through a one-time link (the form posts themselves go to Spring Security). */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class SignInController {

    private final PasswordLinks links;
    private final Passwords passwords;

    SignInController(PasswordLinks links, Passwords passwords) {
        this.links = links;
        this.passwords = passwords;
    }

    @GetMapping("/app")
    String home() {
        return "redirect:/app/leads";
    }

    @GetMapping(ConsoleAddress.SIGN_IN_PATH)
    String signIn() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof SignedInMember ? "redirect:/app/leads" : "sign-in";
    }

    @GetMapping(ConsoleAddress.PASSWORD_PATH + "{token}")
    String passwordForm(@PathVariable String token, Model model, HttpServletResponse response) {
        return passwordPage(links.memberFor(token), token, model, response);
    }

    @PostMapping(ConsoleAddress.PASSWORD_PATH + "{token}")
    String setPassword(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model, HttpServletResponse response) {
        Optional<Member> member = links.memberFor(token);
        if (member.isPresent() && !password.equals(confirmation)) {
            model.addAttribute("problem", "The two passwords differ: type the same one twice");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return passwordPage(member, token, model, response);
        }
        try {
            passwords.setWithLink(token, password);
            return "redirect:" + ConsoleAddress.SIGN_IN_PATH + "?passwordSet";
        } catch (ApiException refused) {
            model.addAttribute("problem", refused.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return passwordPage(member, token, model, response);
        }
    }

    private static String passwordPage(Optional<Member> member, String token, Model model, HttpServletResponse response) {
        if (member.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "link-invalid";
        }
        model.addAttribute("email", member.get().email());
        model.addAttribute("token", token);
        return "password";
    }
}
