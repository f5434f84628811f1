package io.leadline.people;

import io.leadline.database.StoredRows;
import io.leadline.leaddata.LeadDataHolder;
import io.leadline.leads.LeadOfPerson;
import io.leadline.leads.PersonLookup;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's leads and what is held about them, asked of every feature that keeps lead data. */
@Service
class PeopleService {

    private final PersonLookup lookup;
    private final List<LeadDataHolder> holders;
    private final StoredRows rows;

    PeopleService(PersonLookup lookup, List<LeadDataHolder> holders, StoredRows rows) {
        this.lookup = lookup;
        this.holders = holders.stream().sorted(Comparator.comparing(holder -> holder.getClass().getName())).toList();
        this.rows = rows;
    }

    record HeldData(long leadId, Map<String, List<Map<String, Object>>> tables) {}

    @Transactional(readOnly = true)
    List<LeadOfPerson> leads(Caller caller, Person person) {
        requireManager(caller);
        return lookup.leadsHolding(caller.teamId(), person.list(), person.value());
    }

    /** One snapshot of everything held about each of the person's leads, table by table. */
    @Transactional(readOnly = true)
    List<HeldData> export(Caller caller, Person person) {
        return leads(caller, person).stream().map(lead -> {
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            holders.forEach(holder -> tables.putAll(holder.export(rows, lead.leadId())));
            return new HeldData(lead.leadId(), tables);
        }).toList();
    }

    private static void requireManager(Caller caller) {
        if (!caller.managesTeam()) {
            throw ApiException.permissionDenied("only the team's owner or an admin answers requests about a person");
        }
    }
}
