package io.leadline.routing;

import io.leadline.accounts.TeamCreated;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each node keeps the routing setup of the teams it routes for, and checks it against the team's version with one
 * small read per routed lead. Admin writes move the version in their own transaction, so a node never routes by a
 * setup older than the last committed change. The turn counters are never cached.
 */
@Component
class RoutingSetups {

    private static final int MAX_TEAMS = 10_000;

    private final Map<Long, RoutingSetup> cache = new ConcurrentHashMap<>();
    private final RoutingSettingsRepository settings;
    private final RoutingRuleRepository rules;
    private final RoutingFallbackRepository fallbacks;
    private final Clock clock;

    RoutingSetups(RoutingSettingsRepository settings, RoutingRuleRepository rules, RoutingFallbackRepository fallbacks, Clock clock) {
        this.settings = settings;
        this.rules = rules;
        this.fallbacks = fallbacks;
        this.clock = clock;
    }

    /** The team's time zone (Leadline's routing settings; UTC until someone sets it). */
    ZoneId teamZone(long teamId) {
        return ZoneId.of(settings.teamSettings(teamId).timeZone());
    }

    /** Call inside a transaction: the version is read first, so the setup loaded after it is at least that new. */
    RoutingSetup current(long teamId) {
        RoutingSettingsRepository.TeamSettings team = settings.teamSettings(teamId);
        RoutingSetup cached = cache.get(teamId);
        if (cached != null && cached.version() == team.version()) {
            return cached;
        }
        RoutingSetup loaded = RoutingSetup.of(team.version(), ZoneId.of(team.timeZone()), rules.all(teamId),
                fallbacks.all(teamId), settings.unavailable(teamId));
        if (cache.size() >= MAX_TEAMS) {
            cache.clear();
        }
        cache.put(teamId, loaded);
        return loaded;
    }

    @EventListener
    void createSettings(TeamCreated event) {
        settings.insertDefaults(event.teamId(), Times.now(clock));
    }
}
