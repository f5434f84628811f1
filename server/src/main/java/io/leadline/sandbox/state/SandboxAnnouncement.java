package io.leadline.sandbox.state;

import io.leadline.sandbox.LoadedTeam;
import io.leadline.sandbox.Sandboxed;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code leadline sandbox} prints, as its first lines once the fixtures are in, where it listens and every key a test
 * needs, then the same as one JSON line for scripts ({@code tail -n 1} of the first lines).
 */
@Component
@Sandboxed
@ConditionalOnBooleanProperty("leadline.sandbox.announce")
class SandboxAnnouncement {

    private final FixtureState fixtures;
    private final Loopback server;
    private final JsonMapper json;
    private final String administratorKey;

    SandboxAnnouncement(FixtureState fixtures, Loopback server, JsonMapper json,
            @Value("${leadline.bootstrap.api-key:}") String administratorKey) {
        this.fixtures = fixtures;
        this.server = server;
        this.json = json;
        this.administratorKey = administratorKey;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void announce() {
        print(System.out);
    }

    void print(PrintStream out) {
        List<LoadedTeam> teams = fixtures.loadedAtStart();
        out.println("Leadline sandbox at " + server.baseUrl() + " (sandbox mode: never for real leads)");
        out.println("server administrator: Authorization: token " + administratorKey);
        for (LoadedTeam team : teams) {
            out.println("team " + team.name() + " (" + team.teamId() + "), " + team.leads() + " leads:");
            team.members().forEach(member -> out.println("  " + member.role() + " " + member.email() + " (" + member.userId()
                    + "): " + (member.apiKey() == null ? "no key" : "Authorization: token " + member.apiKey())));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("baseUrl", server.baseUrl());
        line.put("administratorKey", administratorKey);
        line.put("teams", teams);
        out.println(json.writeValueAsString(line));
        out.flush();
    }
}
