package io.leadline.people;

import io.leadline.audit.AccessAudit;
import io.leadline.leads.LeadOfPerson;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
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
