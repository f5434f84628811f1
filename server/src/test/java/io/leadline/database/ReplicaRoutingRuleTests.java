package io.leadline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplicaRoutingRuleTests {

    private static final Duration MAX_LAG = Duration.ofSeconds(1);
    private static final long NOW = 1_000_000_000_000L;

    @Test
    void aFreshReplicaWithinTheLagServesReadersWithoutWrites() {
        assertThat(ReadReplica.route(sample(100, 0.2, NOW - 50_000_000), NOW, MAX_LAG, null)).isEqualTo(ReadReplica.Route.REPLICA);
    }

    @Test
    void aReplicaBeyondMaxLagServesNobody() {
        assertThat(ReadReplica.route(sample(100, 1.5, NOW), NOW, MAX_LAG, null)).isEqualTo(ReadReplica.Route.PRIMARY);
    }

    @Test
    void aSampleOlderThanMaxLagIsNotTrusted() {
        assertThat(ReadReplica.route(sample(100, 0, NOW - 1_100_000_000L), NOW, MAX_LAG, null)).isEqualTo(ReadReplica.Route.PRIMARY);
        assertThat(ReadReplica.route(ReadReplica.Sample.NONE, NOW, MAX_LAG, null)).isEqualTo(ReadReplica.Route.PRIMARY);
    }

    @Test
    void aReaderWhoWroteReadsTheReplicaOnlyOnceItShowsTheWriteReplayed() {
        assertThat(ReadReplica.route(sample(99, 0, NOW), NOW, MAX_LAG, 100L)).isEqualTo(new ReadReplica.Route(true, 100));
        assertThat(ReadReplica.route(sample(100, 0, NOW), NOW, MAX_LAG, 100L)).isEqualTo(ReadReplica.Route.REPLICA);
        assertThat(ReadReplica.route(sample(50, 1.5, NOW), NOW, MAX_LAG, 100L)).isEqualTo(ReadReplica.Route.PRIMARY);
    }

    @Test
    void walPositionsCompareAsPostgresOrdersThem() {
        assertThat(ReadReplica.parse("0/30000D8")).isEqualTo(0x30000D8L);
        assertThat(ReadReplica.parse("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
        assertThat(ReadReplica.parse("1/0")).isGreaterThan(ReadReplica.parse("0/FFFFFFFF"));
        assertThat(ReadReplica.parse(null)).isEqualTo(-1);
    }

    private static ReadReplica.Sample sample(long replayed, double lagSeconds, long takenAt) {
        return new ReadReplica.Sample(replayed, lagSeconds, takenAt);
    }
}
