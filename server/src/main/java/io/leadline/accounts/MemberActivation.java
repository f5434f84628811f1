package io.leadline.accounts;

import java.time.OffsetDateTime;

/** A member deactivated or reactivated, published inside the transaction that did it (routing follows it). */
public record MemberActivation(long teamId, long userId, boolean active, OffsetDateTime at) {}
