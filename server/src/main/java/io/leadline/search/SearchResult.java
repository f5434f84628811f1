package io.leadline.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a lead list: the leads' ids in list order, the exact total, and the scroll id when more follow. */
public record SearchResult(List<Long> leadIds, long total, @Nullable String scrollId) {}
