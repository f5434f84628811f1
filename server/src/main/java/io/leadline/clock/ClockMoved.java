package io.leadline.clock;

/**
 * Published when the server's clock jumps (a sandbox moving time): every schedule that waits on the clock looks
 * again at once instead of sleeping out a wait measured before the jump.
 */
public record ClockMoved() {}
