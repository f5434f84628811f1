package io.leadline.transactions;

import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Transactions V2")
class TransactionsV2Controller {

    private final TransactionListing listing;

    TransactionsV2Controller(TransactionListing listing) {
        this.listing = listing;
    }

    @Operation(summary = "Search the transactions of every lead the caller may see, newest first; transactionType "
            + "defaults to Purchase, All lists every type")
    @GetMapping("/v2.0/transactions")
    TransactionListing.Page search(
            Caller caller,
            @RequestParam(defaultValue = "20") int pageSize,
            @RequestParam(defaultValue = "0") int pageNum,
            @RequestParam(required = false) @Nullable String queryKey,
            @RequestParam(required = false) @Nullable Long leadId,
            @RequestParam(required = false) @Nullable String transactionType) {
        return listing.search(caller, transactionType, leadId, queryKey, pageNum, pageSize);
    }

    record PipelinesResponse(List<TransactionListing.Pipeline> pipelines) {}

    @Operation(summary = "The transaction pipelines, one per transaction type, with their stages in order")
    @GetMapping("/v2.0/transactions/pipelines")
    PipelinesResponse pipelines(Caller caller) {
        return new PipelinesResponse(listing.pipelines());
    }
}
