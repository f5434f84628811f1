package io.leadline.people;

import io.leadline.audit.AccessAudit;
import io.leadline.leads.LeadOfPerson;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Leadline's requests about a person: {@code /leadline/v1/people}. */
@RestController
@Tag(name = "Leadline people")
class PeopleController {

    private final PeopleService people;
    private final AccessAudit audit;
    private final Clock clock;

    PeopleController(PeopleService people, AccessAudit audit, Clock clock) {
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    record PersonLeadsResponse(String list, String value, List<LeadOfPerson> leads) {}

    record PersonExportResponse(String list, String value, String exportedAt, List<PeopleService.HeldData> leads) {}

    /** Whom to erase: by one email or one phone. */
    record EraseRequest(@Nullable String email, @Nullable String phone) {}

    record ErasureView(long erasureId, String namedBy, List<Long> leads, Map<String, Integer> rowsErased,
            @Nullable Long userId, String credentialName, String erasedAt) {

        static ErasureView of(PersonErasures.Erasure erasure) {
            return new ErasureView(erasure.erasureId(), erasure.namedBy(), erasure.leads(), erasure.rowsErased(),
                    erasure.userId(), erasure.credentialName(), String.valueOf(Times.iso(erasure.erasedAt())));
        }
    }

    record ErasuresResponse(List<ErasureView> erasures, @Nullable Long next) {}

    @Operation(summary = "Erase the person with this email or phone from every lead of the team holding it")
    @PostMapping("/leadline/v1/people/erase")
    ErasureView erase(Caller caller, @RequestBody(required = false) @Nullable EraseRequest request) {
        if (request == null) {
            throw ApiException.invalidField("email", "or phone is required: the person's address");
        }
        return ErasureView.of(people.erase(caller, Person.named(request.email(), request.phone())));
    }

    @Operation(summary = "The team's erasures, newest first: which leads and how many rows, never the person's data")
    @GetMapping("/leadline/v1/people/erasures")
    ErasuresResponse erasures(Caller caller, @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "20") int limit) {
        PageSize.field("limit", limit, 100);
        List<PersonErasures.Erasure> page = people.erasures(caller, before, limit);
        return new ErasuresResponse(page.stream().map(ErasureView::of).toList(),
                page.size() == limit ? page.getLast().erasureId() : null);
    }

    @Operation(summary = "The team's leads, live or in the trash, holding this email or phone")
    @GetMapping("/leadline/v1/people")
    PersonLeadsResponse leads(Caller caller, @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String phone) {
        Person person = Person.named(email, phone);
        return new PersonLeadsResponse(person.list(), person.value(), people.leads(caller, person));
    }

    @Operation(summary = "Everything held about the person with this email or phone, lead by lead and table by table")
    @GetMapping("/leadline/v1/people/export")
    PersonExportResponse export(Caller caller, @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String phone) {
        Person person = Person.named(email, phone);
        String at = String.valueOf(Times.iso(Times.now(clock)));
        List<PeopleService.HeldData> leads = people.export(caller, person);
        leads.forEach(lead -> audit.record(caller, AccessAudit.Action.PERSON_EXPORTED, lead.leadId(), "by " + person.list()));
        return new PersonExportResponse(person.list(), person.value(), at, leads);
    }
}
