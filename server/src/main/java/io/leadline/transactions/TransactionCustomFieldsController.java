package io.leadline.transactions;

import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Transaction custom fields: Lofty's list, and Leadline's administration that defines them. */
@RestController
@Tag(name = "Lead transactions")
class TransactionCustomFieldsController {

    private final TransactionCustomFields fields;

    TransactionCustomFieldsController(TransactionCustomFields fields) {
        this.fields = fields;
    }

    /** Lofty's {@code CustomFieldResponse}. */
    record Definition(long id, String name, String type, @Nullable String params) {
        static Definition of(TransactionCustomField field) {
            return new Definition(field.id(), field.name(), field.type(), field.params());
        }
    }

    @Operation(summary = "The team's transaction custom fields (a bare array, possibly empty)")
    @GetMapping("/v1.0/transaction/customfields")
    List<Definition> list(Caller caller) {
        return fields.list(caller.teamId()).stream().map(Definition::of).toList();
    }

    record DefineRequest(@Nullable String name, @Nullable String type, @Nullable JsonNode options) {}

    @Operation(summary = "Define a transaction custom field (owners and admins); selects list their options")
    @PostMapping("/leadline/v1/transaction-custom-fields")
    @ResponseStatus(HttpStatus.CREATED)
    Definition define(Caller caller, @RequestBody DefineRequest request) {
        return Definition.of(fields.define(caller, request.name(), request.type(), request.options()));
    }

    @Operation(summary = "Remove a transaction custom field (owners and admins); values already on transactions stay")
    @DeleteMapping("/leadline/v1/transaction-custom-fields/{fieldId}")
    Definition remove(Caller caller, @PathVariable long fieldId) {
        return Definition.of(fields.remove(caller, fieldId));
    }
}
