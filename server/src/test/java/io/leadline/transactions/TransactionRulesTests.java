package io.leadline.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.web.ApiException;
import io.leadline.web.ErrorCode;
import org.junit.jupiter.api.Test;

class TransactionRulesTests {

    @Test
    void aNameIsRequiredWithoutAngleBracketsAndTrimmed() {
        assertThat(TransactionRules.name("transactionName", "  12 Oak Lane ")).isEqualTo("12 Oak Lane");
        for (String bad : new String[] {null, " ", "<b>Oak</b>", "a > b"}) {
            assertThatThrownBy(() -> TransactionRules.name("transactionName", bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TRANSACTION_NAME_INVALID));
        }
        assertThatThrownBy(() -> TransactionRules.name("transactionName", "x".repeat(TransactionRules.NAME_MAX + 1)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PARAMETER_TOO_LONG));
    }

    @Test
    void anUnknownOrMiscasedTypeIsPurchase() {
        assertThat(TransactionRules.type("Listing")).isEqualTo("Listing");
        assertThat(TransactionRules.type("listing")).isEqualTo("Purchase");
        assertThat(TransactionRules.type(null)).isEqualTo("Purchase");
    }

    @Test
    void aCreatedStatusFallsBackToThePipelinesFirstStage() {
        assertThat(TransactionRules.statusOnCreate("Listing", "active")).isEqualTo("Active");
        assertThat(TransactionRules.statusOnCreate("Listing", "Sold")).isEqualTo("Coming Soon");
        assertThat(TransactionRules.statusOnCreate("Lease", null)).isEqualTo("Searching");
    }

    @Test
    void anUpdatedStatusMustBeAStageAndATypeChangeKeepsAStatusTheNewPipelineHas() {
        assertThat(TransactionRules.statusOnUpdate("transactionStatus", "Purchase", "closed", "Searching")).isEqualTo("Closed");
        assertThatThrownBy(() -> TransactionRules.statusOnUpdate("transactionStatus", "Purchase", "Leased", "Searching"))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TRANSACTION_STATUS_INVALID));
        assertThat(TransactionRules.statusOnUpdate("transactionStatus", "Listing", null, "Under Contract")).isEqualTo("Under Contract");
        assertThat(TransactionRules.statusOnUpdate("transactionStatus", "Other", null, "Searching")).isEqualTo("Open");
    }

    @Test
    void stageIdsAreThePipelinesPlaceTimesAHundredPlusTheStagesPlace() {
        assertThat(TransactionRules.stageId("Purchase", "Pre-Approval")).isEqualTo(101);
        assertThat(TransactionRules.stageId("Other", "Closed")).isEqualTo(402);
    }

    @Test
    void anAddressNeedsOneLocatingPartAndEachPartIsTrimmedAndBounded() {
        PropertyAddress given = new PropertyAddress(1L, " 4B ", null, null, " Austin ", "", null, null);
        PropertyAddress trimmed = TransactionRules.address(given);
        assertThat(trimmed.unit()).isEqualTo("4B");
        assertThat(trimmed.city()).isEqualTo("Austin");
        assertThat(trimmed.zipCode()).isNull();
        assertThatThrownBy(() -> TransactionRules.address(new PropertyAddress(1L, "4B", "home", null, null, null, null, "Travis")))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PROPERTY_ADDRESS_EMPTY));
        assertThatThrownBy(() -> TransactionRules.address(new PropertyAddress(1L, null, null, null, null, "1".repeat(21), null, null)))
                .hasMessageContaining("zipCode");
    }
}
