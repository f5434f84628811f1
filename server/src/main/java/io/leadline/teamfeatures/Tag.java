package io.leadline.teamfeatures;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A team's tag; {@code bit} is its one-bit value in lead tag masks (V44), for the team's first 63 tags only. */
public record Tag(long id, String name, long creatorUserId, OffsetDateTime createdAt, @Nullable Long bit) {}
