package io.leadline.routing.decisions;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.TeamCreated;
import io.leadline.database.AfterCommit;
import io.leadline.database.ListeningCache;
import io.leadline.database.NodeNotifications;
import io.leadline.routing.administration.RoutingFallbackRepository;
import io.leadline.routing.administration.RoutingRuleRepository;
import io.leadline.routing.administration.RoutingSettingsRepository;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each node keeps the routing setup of the teams it routes for. Every admin change goes through {@link #changed}, which
 * moves the team's version and, at its commit, empties every node's setups (PostgreSQL notifications): while this node
 * hears them, a routed lead reads nothing of the setup (LL-18). While it does not (the embedded database, or the
 * listening connection down), the kept setup is checked against the team's version with one small read per routed
 * lead, so a node never routes by a setup older than the last committed change. The turn counters are never cached.
 */
@Component
public class RoutingSetups extends ListeningCache {

    static final String CHANNEL = "leadline_routing_setup";
    private static final int MAX_TEAMS = 10_000;

    /** Kept while notifications are heard: trusted until the next change empties it. */
    private final Map<Long, RoutingSetup> heard = new ConcurrentHashMap<>();
    /** Kept while they are not: used only when the team's version still matches. */
    private final Map<Long, RoutingSetup> versioned = new ConcurrentHashMap<>();
    private final RoutingSettingsRepository settings;
    private final RoutingRuleRepository rules;
    private final RoutingFallbackRepository fallbacks;
    private final AccountsService accounts;
    private final NodeNotifications notifications;
    private final Clock clock;

    RoutingSetups(RoutingSettingsRepository settings, RoutingRuleRepository rules, RoutingFallbackRepository fallbacks,
                  AccountsService accounts, NodeNotifications notifications, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.rules = rules;
        this.fallbacks = fallbacks;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Call inside a transaction: the version is read first, so the setup loaded after it is at least that new. */
    public RoutingSetup current(long teamId) {
        return listening()
                ? keptOrLoaded(heard, teamId, () -> load(teamId, settings.version(teamId)), MAX_TEAMS)
                : versionedSetup(teamId);
    }

    /** In the transaction of every change to rules, fallbacks, availability or the time zone. */
    public void changed(long teamId, OffsetDateTime now) {
        settings.bumpVersion(teamId, now);
        notifications.send(CHANNEL);
        AfterCommit.run(this::forget);
    }

    private RoutingSetup versionedSetup(long teamId) {
        long generationBeforeLoad = generationNow();
        long version = settings.version(teamId);
        RoutingSetup kept = versioned.get(teamId);
        if (kept != null && kept.version() == version) {
            return kept;
        }
        RoutingSetup loaded = load(teamId, version);
        keep(versioned, teamId, loaded, generationBeforeLoad, MAX_TEAMS);
        return loaded;
    }

    private RoutingSetup load(long teamId, long version) {
        return RoutingSetup.of(version, accounts.teamZone(teamId), rules.all(teamId), fallbacks.all(teamId),
                settings.unavailable(teamId));
    }

    @Override
    protected void clear() {
        heard.clear();
        versioned.clear();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @EventListener
    void createSettings(TeamCreated event) {
        settings.insertDefaults(event.teamId(), Times.now(clock));
    }
}
