package io.leadline.routing.decisions;

import java.util.List;

/**
 * Weighted round robin as a pure function of a turn counter: turn n gets the (n mod W)-th pick of the smooth weighted
 * sequence over the members (W = the sum of weights), so every W turns each member gets exactly its weight, spread out
 * rather than in runs. The counter lives in the database; this class holds no state.
 */
public final class RoundRobin {

    public record Weighted(long userId, int weight) {}

    private RoundRobin() {}

    public static long pick(List<Weighted> members, long turn) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("round robin needs at least one member");
        }
        int total = members.stream().mapToInt(Weighted::weight).sum();
        long steps = Math.floorMod(turn, (long) total);
        int[] current = new int[members.size()];
        int chosen = 0;
        for (long step = 0; step <= steps; step++) {
            chosen = 0;
            for (int i = 0; i < members.size(); i++) {
                current[i] += members.get(i).weight();
                if (current[i] > current[chosen]) {
                    chosen = i;
                }
            }
            current[chosen] -= total;
        }
        return members.get(chosen).userId();
    }
}
