package io.leadline.leads;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a merge gave its survivor, by where it came from — never the values, so a merge's record holds no personal
 * data: the fields filled (by the merged lead they came from), each list's length before, the tags added, the custom
 * values filled (field id to merged lead), and the survivor's own times before the merge.
 */
public record LeadsCombined(Map<String, Long> filledFrom, Map<String, Integer> listLengthsBefore, List<Long> tagsAdded,
        Map<Long, Long> customValuesFrom, OffsetDateTime createdBefore, @Nullable OffsetDateTime lastActivityBefore,
        @Nullable OffsetDateTime lastContactBefore, @Nullable OffsetDateTime lastCallBefore,
        @Nullable OffsetDateTime lastEmailBefore) {}
