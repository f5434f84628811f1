package io.leadline.web;

import org.jspecify.annotations.Nullable;

/** Lofty's paging block, serialised under {@code _metadata} (live wire name; the published schema says get_metadata). */
public record ListMetadata(String collection, int limit, long offset, long total, @Nullable String scrollId) {}
