package io.leadline.console;

import io.leadline.search.LeadSearch;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * One tab over the lead list: a stage (or all stages), how many leads the list's other filters match in it, and the
 * list with that stage. Where the counts cannot answer (a key or a tag filter), only the tab in use shows a count: the
 * list's own total.
 */
record StageTab(String label, @Nullable Long count, String href, boolean current) {

    static List<StageTab> of(LeadSearch.StageTotals totals, MultiValueMap<String, String> query, long listTotal) {
        @Nullable String inUse = query.getFirst("stage");
        List<StageTab> tabs = new ArrayList<>();
        tabs.add(new StageTab("All", counted(totals.all(), inUse == null, listTotal), LeadListLinks.withStage(query, null),
                inUse == null));
        for (LeadSearch.StageTotal stage : totals.stages()) {
            boolean current = stage.stage().equalsIgnoreCase(String.valueOf(inUse));
            tabs.add(new StageTab(stage.stage(), counted(stage.total(), current, listTotal),
                    LeadListLinks.withStage(query, stage.stage()), current));
        }
        return tabs;
    }

    private static @Nullable Long counted(@Nullable Long count, boolean current, long listTotal) {
        return count != null ? count : current ? Long.valueOf(listTotal) : null;
    }
}
