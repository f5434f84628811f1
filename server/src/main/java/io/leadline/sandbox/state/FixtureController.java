package io.leadline.sandbox.state;

import io.leadline.sandbox.LoadedTeam;
import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Fixtures posted at a running sandbox: they replace the data and become what a reset returns to. */
@RestController
@Sandboxed
@Tag(name = "Leadline sandbox")
@RequestMapping(SandboxAccess.PREFIX + "/fixtures")
class FixtureController {

    private final FixtureState state;

    FixtureController(FixtureState state) {
        this.state = state;
    }

    record Loaded(List<LoadedTeam> teams, long tookMs) {}

    @Operation(summary = "Replace the data with these fixtures (teams, members with chosen keys, catalogues, routing,"
            + " webhooks, leads and their history, generated leads); they become the state reset returns to (sandbox)")
    @PostMapping
    Loaded load(Caller caller, HttpServletRequest request, @RequestBody JsonNode fixtures) {
        SandboxAccess.requireAdministrator(caller);
        long started = System.nanoTime();
        // the loader acts with the caller's own credential: it issues chosen keys as this administrator
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String key = authorization.substring(authorization.indexOf(' ') + 1).trim();
        return new Loaded(state.replace(fixtures, key), (System.nanoTime() - started) / 1_000_000);
    }
}
