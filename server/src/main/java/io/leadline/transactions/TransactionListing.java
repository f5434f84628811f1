package io.leadline.transactions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.search.Visibility;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.PageSize;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lofty's team-wide transaction reads (v2): the search over every transaction the caller may see, and the pipelines. */
@Service
class TransactionListing {

    static final int PAGE_SIZE_MAX = 100;
    /** Lofty matches only the first 15 characters of {@code queryKey}. */
    static final int QUERY_KEY_MAX = 15;

    private final TransactionRepository rows;
    private final TransactionService transactions;
    private final AccountsService accounts;

    TransactionListing(TransactionRepository rows, TransactionService transactions, AccountsService accounts) {
        this.rows = rows;
        this.transactions = transactions;
        this.accounts = accounts;
    }

    record Page(int pageNum, int pageSize, long totalCount, List<TransactionV2Item> pageData) {}

    @Transactional(readOnly = true)
    Page search(Caller caller, @Nullable String transactionType, @Nullable Long leadId, @Nullable String queryKey,
            int pageNum, int pageSize) {
        PageSize.lofty("pageSize", pageSize, PAGE_SIZE_MAX);
        if (pageNum < 0) {
            throw ApiException.invalidField("pageNum", "must be 0 or more");
        }
        long offset = (long) pageNum * pageSize;
        if (offset > Integer.MAX_VALUE) {
            throw ApiException.invalidField("pageNum", "is too far: pageNum × pageSize must stay below " + Integer.MAX_VALUE);
        }
        TransactionRepository.SearchPage found = rows.search(
                Visibility.where(caller), type(transactionType), leadId, key(queryKey), (int) offset, pageSize);
        Map<Long, Member> agents = accounts.findMembers(caller.teamId(), found.transactions().stream()
                .map(TransactionRepository.ListedTransaction::assignedUserId).filter(Objects::nonNull).distinct().toList());
        List<TransactionV2Item> items = found.transactions().stream()
                .map(listed -> new TransactionV2Item(listed.row().leadId(),
                        listed.assignedUserId() == null || !agents.containsKey(listed.assignedUserId())
                                ? null
                                : agents.get(listed.assignedUserId()).fullName(),
                        transactions.response(listed.row(), listed.leadName(), listed.assignedUserId())))
                .toList();
        return new Page(pageNum, pageSize, found.total(), items);
    }

    record Stage(long id, String name, @JsonProperty("default") boolean isDefault) {}

    record Pipeline(String transactionType, List<Stage> stages) {}

    /** Leadline's pipelines are fixed (docs/api.md "Transactions"); the first stage of each is its default. */
    List<Pipeline> pipelines() {
        return TransactionRules.TYPES.stream()
                .map(type -> new Pipeline(type, TransactionRules.PIPELINES.get(type).stream()
                        .map(stage -> new Stage(TransactionRules.stageId(type, stage), stage,
                                stage.equals(TransactionRules.PIPELINES.get(type).getFirst())))
                        .toList()))
                .toList();
    }

    /** Case-insensitive; absent means Purchase, All means every type. */
    private static @Nullable String type(@Nullable String requested) {
        if (requested == null) {
            return TransactionRules.DEFAULT_TYPE;
        }
        if (requested.equalsIgnoreCase("All")) {
            return null;
        }
        return TransactionRules.TYPES.stream()
                .filter(type -> type.equalsIgnoreCase(requested.trim()))
                .findFirst()
                .orElseThrow(() -> ApiException.invalidField("transactionType",
                        "must be one of Purchase, Listing, Lease, Other or All, not '" + requested + "'"));
    }

    private static @Nullable String key(@Nullable String queryKey) {
        if (queryKey == null || queryKey.isBlank()) {
            return null;
        }
        String trimmed = queryKey.trim();
        return trimmed.substring(0, Math.min(trimmed.length(), QUERY_KEY_MAX)).toLowerCase(Locale.ROOT);
    }
}
