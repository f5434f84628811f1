package io.leadline.teamfeatures;

import java.time.OffsetDateTime;

public record Tag(long id, String name, long creatorUserId, OffsetDateTime createdAt) {}
