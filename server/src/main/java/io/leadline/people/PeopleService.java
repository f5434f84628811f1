package io.leadline.people;

import io.leadline.database.StoredRows;
import io.leadline.ids.IdGenerator;
import io.leadline.imports.ImportErrorMentions;
import io.leadline.leaddata.LeadDataHolder;
import io.leadline.leads.LeadOfPerson;
import io.leadline.leads.PersonLookup;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's leads and what is held about them, asked of every feature that keeps lead data. */
@Service
class PeopleService {

    private final PersonLookup lookup;
    private final List<LeadDataHolder> holders;
    private final StoredRows rows;
    private final ImportErrorMentions importErrors;
    private final PersonErasures erasures;
    private final IdGenerator ids;
    private final Clock clock;

    /** {@code holders} in their order: the leads' own first, as an erasure needs. */
    PeopleService(PersonLookup lookup, List<LeadDataHolder> holders, StoredRows rows, ImportErrorMentions importErrors,
            PersonErasures erasures, IdGenerator ids, Clock clock) {
        this.lookup = lookup;
        this.holders = holders;
        this.rows = rows;
        this.importErrors = importErrors;
        this.erasures = erasures;
        this.ids = ids;
        this.clock = clock;
    }

    record HeldData(long leadId, Map<String, List<Map<String, Object>>> tables) {}

    @Transactional(readOnly = true)
    List<LeadOfPerson> leads(Caller caller, Person person) {
        caller.requireManagesTeam("answers requests about a person");
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

    /** A member's erasure of a person: every lead of the team holding the address, live or in the trash. */
    @Transactional
    PersonErasures.Erasure erase(Caller caller, Person person) {
        caller.requireManagesTeam("answers requests about a person");
        return erase(caller.teamId(), person,
                new PersonErasures.ErasedBy(caller.userId(), caller.credentialId(), caller.credentialName()));
    }

    /**
     * Erases, in one transaction, what every feature holds about the person in each of their leads (the seam's
     * {@code erase}, the leads' own holder first), the import errors quoting their emails or phones, and records what
     * was done. Nothing held is no error: the answer names no lead.
     */
    @Transactional
    PersonErasures.Erasure erase(long teamId, Person person, PersonErasures.ErasedBy by) {
        List<Long> leadIds = lookup.leadsHolding(teamId, person.list(), person.value()).stream()
                .map(LeadOfPerson::leadId).toList();
        List<String> addresses = lookup.addressesOf(teamId, leadIds);
        Map<String, Integer> erased = new LinkedHashMap<>();
        for (long leadId : leadIds) {
            holders.forEach(holder -> holder.erase(teamId, leadId).forEach((table, count) -> erased.merge(table, count, Integer::sum)));
        }
        erased.put("import_row_errors", importErrors.forget(teamId, addresses));
        PersonErasures.Erasure erasure = new PersonErasures.Erasure(ids.nextId(), person.list(), leadIds, erased,
                by.userId(), by.credentialName(), Times.now(clock));
        erasures.insert(teamId, erasure, by);
        return erasure;
    }

    /** The team's erasures, newest first. */
    @Transactional(readOnly = true)
    List<PersonErasures.Erasure> erasures(Caller caller, @Nullable Long before, int limit) {
        caller.requireManagesTeam("answers requests about a person");
        return erasures.ofTeam(caller.teamId(), before, limit);
    }

}
