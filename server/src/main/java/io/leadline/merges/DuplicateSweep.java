package io.leadline.merges;

import io.leadline.web.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each team's duplicate marks current: a team not swept for {@code leadline.duplicates.sweep-interval} is swept
 * again (one pass over its keys' index). A node takes a team's sweep by moving its time first, so one node sweeps it;
 * a sweep is one transaction, so readers see the old marks or the new.
 */
@Component
class DuplicateSweep {

    private static final int TEAMS_PER_ROUND = 100;

    private final DuplicateSets sets;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration interval;

    DuplicateSweep(DuplicateSets sets, TransactionTemplate transactions, Clock clock,
            @Value("${leadline.duplicates.sweep-interval:PT1M}") Duration interval) {
        this.sets = sets;
        this.transactions = transactions;
        this.clock = clock;
        this.interval = interval;
    }

    /** Every ten seconds, the teams due (a zero interval turns the sweep off), each taken by one node. */
    @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
    void sweepDueTeams() {
        if (interval.isZero()) {
            return;
        }
        OffsetDateTime now = Times.now(clock);
        OffsetDateTime before = now.minus(interval);
        for (long teamId : sets.dueTeams(before, TEAMS_PER_ROUND)) {
            if (Boolean.TRUE.equals(transactions.execute(status -> sets.claim(teamId, now, before)))) {
                sweep(teamId);
            }
        }
    }

    /** Sweeps one team now. */
    void sweep(long teamId) {
        transactions.executeWithoutResult(status -> sets.sweep(teamId, Times.now(clock)));
    }
}
