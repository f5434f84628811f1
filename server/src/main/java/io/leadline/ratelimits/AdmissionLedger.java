package io.leadline.ratelimits;

/**
 * One node's view of one credential's current window, with no I/O: how many admissions it holds in hand, and how
 * many the shared window had handed out at its last lease. Lease sizes shrink as the window fills, so few
 * admissions sit unused on one node while another is refusing.
 */
final class AdmissionLedger {

    private final int limit;
    private final int maxLease;
    private long windowStart = Long.MIN_VALUE;
    private int inHand;
    private int sharedUsed;

    AdmissionLedger(int limit, int maxLease) {
        this.limit = limit;
        this.maxLease = maxLease;
    }

    /** Starts over when a new window begins; true if it did. */
    boolean enter(long currentWindowStart) {
        if (currentWindowStart == windowStart) {
            return false;
        }
        windowStart = currentWindowStart;
        inHand = 0;
        sharedUsed = 0;
        return true;
    }

    boolean needsLease() {
        return inHand == 0 && sharedUsed < limit;
    }

    /** A quarter of what the window seems to have left, at least 1 and at most {@code maxLease}. */
    int nextLeaseSize() {
        return Math.max(1, Math.min(maxLease, (limit - sharedUsed) / 4));
    }

    void leased(int granted, int usedAfter) {
        inHand += granted;
        sharedUsed = usedAfter;
    }

    boolean admit() {
        if (inHand == 0) {
            return false;
        }
        inHand--;
        return true;
    }

    /** What is left as far as this node can tell: the window's unleased admissions plus those in its hand. */
    int remaining() {
        return Math.max(0, limit - sharedUsed + inHand);
    }

    long windowStart() {
        return windowStart;
    }

    int limit() {
        return limit;
    }
}
