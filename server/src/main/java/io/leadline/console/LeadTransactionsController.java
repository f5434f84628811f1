package io.leadline.console;

import io.leadline.transactions.TransactionDesk;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adds a transaction to a lead from its page, as {@code POST /v1.0/leads/{leadId}/transaction} would. */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class LeadTransactionsController {

    private final TransactionDesk transactions;

    LeadTransactionsController(TransactionDesk transactions) {
        this.transactions = transactions;
    }

    @PostMapping("/app/leads/{leadId}/transactions")
    String add(Caller caller, @PathVariable long leadId, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "Purchase") String type, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String homePrice, RedirectAttributes next, HttpServletResponse response) {
        return new FormPost(next, response).run(() -> transactions.add(caller, leadId, name, type, status, homePrice),
                "Transaction added.", "transactionProblem", "/app/leads/" + leadId + "#transactions");
    }
}
