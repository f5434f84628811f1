package io.leadline.ratelimits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdmissionLedgerTests {

    @Test
    void leasesAQuarterOfWhatIsLeftCappedAndNeverLessThanOne() {
        AdmissionLedger ledger = new AdmissionLedger(500, 50);
        ledger.enter(60);
        assertThat(ledger.nextLeaseSize()).isEqualTo(50);
        ledger.leased(50, 480);
        assertThat(ledger.nextLeaseSize()).isEqualTo(5);
        ledger.leased(0, 499);
        assertThat(ledger.nextLeaseSize()).isEqualTo(1);
    }

    @Test
    void admitsOnlyWhatWasLeased() {
        AdmissionLedger ledger = new AdmissionLedger(10, 50);
        ledger.enter(60);
        ledger.leased(2, 2);
        assertThat(ledger.admit()).isTrue();
        assertThat(ledger.admit()).isTrue();
        assertThat(ledger.admit()).isFalse();
        assertThat(ledger.needsLease()).isTrue();
    }

    @Test
    void stopsLeasingOnceTheSharedWindowIsSpent() {
        AdmissionLedger ledger = new AdmissionLedger(10, 50);
        ledger.enter(60);
        ledger.leased(0, 10);
        assertThat(ledger.needsLease()).isFalse();
        assertThat(ledger.admit()).isFalse();
        assertThat(ledger.remaining()).isZero();
    }

    @Test
    void remainingCountsTheUnleasedAndTheInHand() {
        AdmissionLedger ledger = new AdmissionLedger(100, 50);
        ledger.enter(60);
        ledger.leased(25, 40);
        ledger.admit();
        assertThat(ledger.remaining()).isEqualTo(100 - 40 + 24);
    }

    @Test
    void aNewWindowStartsFromNothing() {
        AdmissionLedger ledger = new AdmissionLedger(10, 50);
        assertThat(ledger.enter(60)).isTrue();
        ledger.leased(3, 10);
        assertThat(ledger.enter(60)).isFalse();
        assertThat(ledger.enter(120)).isTrue();
        assertThat(ledger.admit()).isFalse();
        assertThat(ledger.needsLease()).isTrue();
        assertThat(ledger.remaining()).isEqualTo(10);
    }
}
