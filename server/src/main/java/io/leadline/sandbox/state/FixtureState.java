package io.leadline.sandbox.state;

import io.leadline.sandbox.FixturesAtStart;
import io.leadline.sandbox.LoadedTeam;
import io.leadline.sandbox.Sandboxed;
import io.leadline.webhooks.WebhookQuiet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The states a sandbox returns to. At start, before the first request is let through: the data as the server found
 * it ({@code initial}), then the fixture file loaded ({@code leadline.sandbox.fixtures}) and saved as
 * {@code fixtures}, the state a reset returns to. Posted fixtures replace the file's: the data goes back to
 * {@code initial}, they load, and they become {@code fixtures}; if they fail, the previous fixtures are put back.
 */
@Component
@Sandboxed
class FixtureState implements FixturesAtStart {

    static final String INITIAL = "initial";
    private static final Logger log = LoggerFactory.getLogger(FixtureState.class);
    private static final Duration WEBHOOKS_PATIENCE = Duration.ofSeconds(5);

    private final DatabaseSnapshots snapshots;
    private final RequestGate gate;
    private final FixtureLoader loader;
    private final WebhookQuiet webhooks;
    private final JsonMapper json;
    private final String fixtureFile;
    private final String bootstrapKey;
    private volatile List<LoadedTeam> loadedAtStart = List.of();

    FixtureState(DatabaseSnapshots snapshots, RequestGate gate, FixtureLoader loader, WebhookQuiet webhooks, JsonMapper json,
            @Value("${leadline.sandbox.fixtures:}") String fixtureFile, @Value("${leadline.bootstrap.api-key:}") String bootstrapKey) {
        this.snapshots = snapshots;
        this.gate = gate;
        this.loader = loader;
        this.webhooks = webhooks;
        this.json = json;
        this.fixtureFile = fixtureFile;
        this.bootstrapKey = bootstrapKey;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void atStart() {
        gate.alone(() -> snapshots.save(INITIAL));
        if (!fixtureFile.isBlank()) {
            if (bootstrapKey.isBlank()) {
                throw new IllegalStateException("leadline.sandbox.fixtures needs leadline.bootstrap.api-key"
                        + " (LEADLINE_BOOTSTRAP_API_KEY): fixtures load as the server administrator");
            }
            List<LoadedTeam> teams = loader.load(FixtureFiles.read(Path.of(fixtureFile), json), bootstrapKey.trim());
            loadedAtStart = teams;
            teams.forEach(team -> log.info("Fixtures: team '{}' ({}), {} members, {} leads", team.name(), team.teamId(),
                    team.members().size(), team.leads()));
            saveFixtures();
        } else {
            // nothing loaded: the fixture state is the initial one, and copying every table again would only cost start-up
            gate.alone(() -> snapshots.saveSameAs(DatabaseSnapshots.FIXTURES, INITIAL));
        }
    }

    /**
     * Saved once the fixtures' webhooks have gone out (or a few seconds have passed): saved while one was on its way,
     * every reset would send it again.
     */
    private void saveFixtures() {
        if (!webhooks.await(WEBHOOKS_PATIENCE)) {
            log.warn("Fixtures: webhooks still waiting to go out after {}; a reset will send them again", WEBHOOKS_PATIENCE);
        }
        gate.alone(() -> snapshots.save(DatabaseSnapshots.FIXTURES));
    }

    /** The teams the fixture file made at start, with their members' keys; none without a file. */
    @Override
    public List<LoadedTeam> loadedAtStart() {
        return loadedAtStart;
    }

    /** Replaces the fixtures; nothing of a load that failed stays. */
    synchronized List<LoadedTeam> replace(JsonNode fixtures, String administratorKey) {
        gate.alone(() -> snapshots.restore(INITIAL, null));
        try {
            List<LoadedTeam> teams = loader.load(fixtures, administratorKey);
            saveFixtures();
            return teams;
        } catch (RuntimeException failed) {
            gate.alone(() -> snapshots.restore(DatabaseSnapshots.FIXTURES, null));
            throw failed;
        }
    }
}
