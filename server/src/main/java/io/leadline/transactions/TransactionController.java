package io.leadline.transactions;

import io.leadline.idempotency.IdempotentCreates;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Lead transactions")
class TransactionController {

    private final TransactionService transactions;

    private final IdempotentCreates idempotent;

    TransactionController(TransactionService transactions, IdempotentCreates idempotent) {
        this.transactions = transactions;
        this.idempotent = idempotent;
    }

    @Operation(summary = "Add a transaction to a lead; answers the transaction")
    @PostMapping("/v1.0/leads/{leadId}/transaction")
    LeadTransaction create(
            Caller caller,
            @PathVariable long leadId,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestBody LeadTransaction request) {
        long transactionId = idempotent.run(caller, idempotencyKey, "transaction", String.valueOf(leadId), request,
                () -> transactions.create(caller, leadId, request).transactionId());
        return transactions.get(caller, leadId, transactionId);
    }

    @Operation(summary = "A lead's transactions, oldest first (a bare array)")
    @GetMapping("/v1.0/leads/{leadId}/transactions")
    List<LeadTransaction> list(Caller caller, @PathVariable long leadId) {
        return transactions.list(caller, leadId);
    }

    @Operation(summary = "One transaction of the lead")
    @GetMapping("/v1.0/leads/{leadId}/transaction/{transactionId}")
    LeadTransaction get(Caller caller, @PathVariable long leadId, @PathVariable long transactionId) {
        return transactions.get(caller, leadId, transactionId);
    }

    @Operation(summary = "Partially update a transaction; transactionStatus must name a stage of its pipeline")
    @PutMapping("/v1.0/leads/{leadId}/transaction/{transactionId}")
    LeadTransaction update(
            Caller caller, @PathVariable long leadId, @PathVariable long transactionId, @RequestBody LeadTransaction request) {
        return transactions.update(caller, leadId, transactionId, request);
    }

    /** Lofty's {@code TransactionCallbackResponse}: code 0 is success. */
    record CodeMessage(int code, String message) {}

    @Operation(summary = "Set the property address of one of the lead's transactions (transactionId in the body)")
    @PostMapping("/v1.0/leads/{leadId}/transaction/property/address")
    CodeMessage setPropertyAddress(Caller caller, @PathVariable long leadId, @RequestBody PropertyAddress request) {
        transactions.setPropertyAddress(caller, leadId, request);
        return new CodeMessage(0, "success");
    }

    @Operation(summary = "The property address of one of the lead's transactions")
    @GetMapping("/v1.0/leads/{leadId}/transaction/{transactionId}/property/address")
    PropertyAddress propertyAddress(Caller caller, @PathVariable long leadId, @PathVariable long transactionId) {
        return transactions.propertyAddress(caller, leadId, transactionId);
    }
}
