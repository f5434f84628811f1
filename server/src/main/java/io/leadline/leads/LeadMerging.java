package io.leadline.leads;

import io.leadline.leads.resource.LeadCombiner;
import io.leadline.leads.resource.LeadEvents;
import io.leadline.leads.resource.LeadNotFound;
import io.leadline.leads.resource.LeadRepository;
import io.leadline.leads.resource.LeadRow;
import io.leadline.leads.resource.LeadWrite;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merge's part in the leads themselves ({@link LeadCombiner}): the survivor combined with the merged leads, which go
 * to the trash naming it, and the reverse for an undo. Everything runs in the caller's transaction, with every lead
 * involved locked first, in id order, and visible and live to the caller (else 404, as for a missing lead).
 */
@Service
public class LeadMerging {

    private final LeadRepository leads;
    private final LeadCombiner combiner;
    private final LeadEvents leadEvents;
    private final LeadService service;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadMerging(LeadRepository leads, LeadCombiner combiner, LeadEvents leadEvents, LeadService service,
            ApplicationEventPublisher events, Clock clock) {
        this.leads = leads;
        this.combiner = combiner;
        this.leadEvents = leadEvents;
        this.service = service;
        this.events = events;
        this.clock = clock;
    }

    /** Combines the merged leads into the survivor, which logs the merge; their records are then moved by the caller. */
    @Transactional(propagation = Propagation.MANDATORY)
    public LeadsCombined combine(Caller caller, long survivorId, List<Long> mergedIds) {
        Map<Long, LeadWrite> locked = lockAll(caller, survivorId, mergedIds, LeadRepository.TrashFilter.LIVE);
        LeadWrite survivor = locked.get(survivorId);
        OffsetDateTime now = Times.now(clock);
        LeadsCombined combined = combiner.combine(caller, survivor,
                mergedIds.stream().map(id -> locked.get(id).row).toList(), now);
        leadEvents.updated(survivor);
        events.publishEvent(new LeadsMerged(caller.teamId(), survivorId, mergedIds, caller.userId(), now, false));
        return combined;
    }

    /** After the merged lead's rows moved: into the trash, naming its survivor. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void retire(Caller caller, long mergedId, long survivorId) {
        service.moveToTrash(caller, mergedId, "merged into " + survivorId);
        leads.setMergedInto(caller.teamId(), mergedId, survivorId);
    }

    /**
     * The undo: each merged lead still in the trash as merged into the survivor comes back, and the survivor gives back
     * what the merge gave it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void separate(Caller caller, long survivorId, List<Long> mergedIds, LeadsCombined combined) {
        Map<Long, LeadWrite> locked = lockAll(caller, survivorId, mergedIds, LeadRepository.TrashFilter.ANY);
        LeadWrite survivor = locked.get(survivorId);
        if (survivor.row.trashedAt != null) {
            throw LeadNotFound.forId(survivorId);
        }
        for (long mergedId : mergedIds) {
            LeadRow mergedLead = locked.get(mergedId).row;
            if (mergedLead.trashedAt != null && Long.valueOf(survivorId).equals(mergedLead.mergedInto)) {
                service.restore(caller, mergedId);
            }
        }
        Map<Long, LeadRow> merged = new LinkedHashMap<>();
        mergedIds.forEach(id -> merged.put(id, locked.get(id).row));
        OffsetDateTime now = Times.now(clock);
        combiner.separate(caller, survivor, merged, combined, now);
        leadEvents.updated(survivor);
        events.publishEvent(new LeadsMerged(caller.teamId(), survivorId, mergedIds, caller.userId(), now, true));
    }

    private Map<Long, LeadWrite> lockAll(Caller caller, long survivorId, List<Long> mergedIds,
            LeadRepository.TrashFilter trash) {
        TreeSet<Long> inIdOrder = new TreeSet<>(mergedIds);
        inIdOrder.add(survivorId);
        Map<Long, LeadWrite> locked = new LinkedHashMap<>();
        for (long id : inIdOrder) {
            locked.put(id, leads.lockVisible(caller, id, trash).orElseThrow(() -> LeadNotFound.forId(id)));
        }
        return locked;
    }
}
