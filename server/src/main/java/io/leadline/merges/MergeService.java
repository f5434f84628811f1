package io.leadline.merges;

import io.leadline.ids.IdGenerator;
import io.leadline.leaddata.LeadDataHolder;
import io.leadline.leads.LeadMerging;
import io.leadline.leads.LeadService;
import io.leadline.leads.LeadsCombined;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges and their undo, each one transaction: the leads' own part through {@link LeadMerging}, every other feature's
 * records moved through the seam ({@link LeadDataHolder#move}), and the merge kept for its undo.
 */
@Service
class MergeService {

    /** The most leads one merge takes in. */
    static final int MAX_FROM = 20;

    private final LeadMerging leads;
    private final LeadService leadService;
    private final List<LeadDataHolder> holders;
    private final MergeRepository merges;
    private final IdGenerator ids;
    private final Clock clock;
    private final Duration undoWithin;

    MergeService(LeadMerging leads, LeadService leadService, List<LeadDataHolder> holders, MergeRepository merges,
            IdGenerator ids, Clock clock, @Value("${leadline.merges.undo-within:P30D}") Duration undoWithin) {
        this.leads = leads;
        this.leadService = leadService;
        this.holders = holders;
        this.merges = merges;
        this.ids = ids;
        this.clock = clock;
        this.undoWithin = undoWithin;
    }

    @Transactional
    Merge merge(Caller caller, long survivorId, @Nullable List<Long> from) {
        leadService.visibleLead(caller, survivorId);
        List<Long> mergedIds = checkedFrom(survivorId, from);
        LeadsCombined combined = leads.combine(caller, survivorId, mergedIds);
        Map<Long, Map<String, List<Long>>> moved = new LinkedHashMap<>();
        for (long mergedId : mergedIds) {
            Map<String, List<Long>> byTable = new LinkedHashMap<>();
            holders.forEach(holder -> byTable.putAll(holder.move(caller.teamId(), mergedId, survivorId, null)));
            byTable.values().removeIf(List::isEmpty);
            moved.put(mergedId, byTable);
            leads.retire(caller, mergedId, survivorId);
        }
        Merge merge = new Merge(ids.nextId(), caller.teamId(), survivorId, mergedIds, combined, moved, caller.userId(),
                Times.now(clock), null);
        merges.insert(merge);
        return merge;
    }

    @Transactional
    Merge undo(Caller caller, long mergeId) {
        Merge merge = seen(caller, merges.lock(caller.teamId(), mergeId).orElseThrow(() -> notFound(mergeId)));
        OffsetDateTime now = Times.now(clock);
        merge.notUndoable(now, undoWithin).ifPresent(why -> {
            throw new ApiException(ErrorCode.CONFLICT, why);
        });
        leads.separate(caller, merge.survivorId(), merge.mergedIds(), merge.combined());
        merge.moved().forEach((mergedId, byTable) -> holders.forEach(
                holder -> holder.move(caller.teamId(), merge.survivorId(), mergedId, byTable)));
        merges.markUndone(caller.teamId(), mergeId, now);
        return merge.undone(now);
    }

    @Transactional(readOnly = true)
    Merge find(Caller caller, long mergeId) {
        return seen(caller, merges.find(caller.teamId(), mergeId).orElseThrow(() -> notFound(mergeId)));
    }

    /** A merge is the caller's to see when its survivor is: otherwise it is as missing as a merge that never was. */
    private Merge seen(Caller caller, Merge merge) {
        try {
            leadService.visibleLead(caller, merge.survivorId());
        } catch (ApiException invisible) {
            throw notFound(merge.id());
        }
        return merge;
    }

    OffsetDateTime undoUntil(Merge merge) {
        return merge.undoUntil(undoWithin);
    }

    private static List<Long> checkedFrom(long survivorId, @Nullable List<Long> from) {
        if (from == null || from.isEmpty()) {
            throw ApiException.invalidField("from", "is required: the ids of the leads to merge into lead " + survivorId);
        }
        if (from.size() > MAX_FROM) {
            throw ApiException.invalidField("from", "names " + from.size() + " leads; a merge takes at most " + MAX_FROM);
        }
        if (from.stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiException.invalidField("from", "holds a null id");
        }
        if (from.contains(survivorId)) {
            throw ApiException.invalidField("from", "names lead " + survivorId + ", the one merged into");
        }
        if (new HashSet<>(from).size() != from.size()) {
            throw ApiException.invalidField("from", "names a lead twice");
        }
        return List.copyOf(from);
    }

    private static ApiException notFound(long mergeId) {
        return new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "Merge " + mergeId + " does not exist");
    }
}
