package io.leadline.routing.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundRobinTests {

    private static final List<RoundRobin.Weighted> MEMBERS =
            List.of(new RoundRobin.Weighted(10, 1), new RoundRobin.Weighted(20, 2), new RoundRobin.Weighted(30, 3));

    @Test
    void everyFullCycleGivesEachMemberExactlyItsWeight() {
        Map<Long, Integer> counts = new HashMap<>();
        for (long turn = 0; turn < 600; turn++) {
            counts.merge(RoundRobin.pick(MEMBERS, turn), 1, Integer::sum);
        }
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(10L, 100, 20L, 200, 30L, 300));
    }

    @Test
    void turnsAreSpreadOutRatherThanInRuns() {
        List<Long> cycle = java.util.stream.LongStream.range(0, 6).mapToObj(turn -> RoundRobin.pick(MEMBERS, turn)).toList();
        assertThat(cycle).containsExactly(30L, 20L, 10L, 30L, 20L, 30L);
    }

    @Test
    void aPrefixIsNeverMoreThanOneLeadOffItsShare() {
        Map<Long, Integer> counts = new HashMap<>();
        for (long turn = 0; turn < 1000; turn++) {
            counts.merge(RoundRobin.pick(MEMBERS, turn), 1, Integer::sum);
            for (RoundRobin.Weighted member : MEMBERS) {
                double share = (turn + 1) * member.weight() / 6.0;
                assertThat(Math.abs(counts.getOrDefault(member.userId(), 0) - share)).isLessThanOrEqualTo(1.0);
            }
        }
    }

    @Test
    void aTurnPicksByItsPlaceInTheCycleSoAnyNodeComputesTheSameMember() {
        assertThat(RoundRobin.pick(MEMBERS, 12_345)).isEqualTo(30L); // 12,345 = 2,057 cycles of 6, then the 4th pick
        assertThat(RoundRobin.pick(MEMBERS, 12_346)).isEqualTo(20L);
        assertThat(RoundRobin.pick(List.of(new RoundRobin.Weighted(7, 1)), 99)).isEqualTo(7L);
    }
}
