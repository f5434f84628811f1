package io.leadline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.web.RequestsInProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How an import yields to the API: waiting while requests run, and threads at a lower CPU priority. */
class GivingWayTests {

    private final RequestsInProgress requests = new RequestsInProgress();
    /** A thread of its own for a waiting step: the common pool has one thread on two cores. */
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

    @org.junit.jupiter.api.AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void anImportStepWaitsWhileARequestRunsAndGoesOnWhenItEnds() throws Exception {
        OpenRequest request = OpenRequest.open(requests, "GET", "/v1.0/leads");
        assertThat(requests.any()).isTrue();

        RequestsFirst first = new RequestsFirst(requests, true);
        CompletableFuture<Long> step = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            first.giveWay();
            return System.nanoTime() - started;
        }, threads);
        Thread.sleep(30);
        assertThat(step).as("still waiting for the request").isNotDone();
        request.finish();
        assertThat(Duration.ofNanos(step.get(5, TimeUnit.SECONDS))).isGreaterThanOrEqualTo(Duration.ofMillis(30));
        assertThat(requests.any()).isFalse();
        assertThat(first.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(30));
    }

    @Test
    void aRequestThatRunsLongDelaysAStepByAtMostTheLongestWait() throws Exception {
        OpenRequest request = OpenRequest.open(requests, "GET", "/v1.0/leads");

        long started = System.nanoTime();
        new RequestsFirst(requests, true).giveWay();
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isBetween(RequestsFirst.LONGEST_WAIT, RequestsFirst.LONGEST_WAIT.multipliedBy(5));

        long notGivingWay = System.nanoTime();
        new RequestsFirst(requests, false).giveWay();
        assertThat(Duration.ofNanos(System.nanoTime() - notGivingWay)).as("switched off").isLessThan(RequestsFirst.LONGEST_WAIT);
        request.finish();
    }

    @Test
    void aRequestRunningAsLongAsATransferNoLongerHoldsWorkBack() throws Exception {
        OpenRequest download = OpenRequest.open(requests, "GET", "/leadline/v1/backup");
        assertThat(requests.any()).isTrue();
        Thread.sleep(RequestsInProgress.TRANSFER_AFTER.toMillis() + 100);
        assertThat(requests.any()).as("a download, an upload: it may last minutes").isFalse();
        OpenRequest list = OpenRequest.open(requests, "GET", "/v1.0/leads");
        assertThat(requests.any()).as("a request started since").isTrue();
        list.finish();
        download.finish();
        assertThat(requests.any()).isFalse();
    }

    @Test
    void importThreadsRunAtALowerPriorityOnLinux() throws Exception {
        CompletableFuture<String> nice = new CompletableFuture<>();
        LowerPriority.threads("priority-probe").newThread(() -> nice.complete(niceOfThisThread())).start();
        if (Files.isSymbolicLink(Path.of("/proc/thread-self"))) {
            assertThat(nice.get(10, TimeUnit.SECONDS)).isEqualTo(String.valueOf(LowerPriority.NICE));
        }
        assertThat(niceOfThisThread()).as("other threads keep theirs").isNotEqualTo(String.valueOf(LowerPriority.NICE));
    }

    private static String niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // the fields after the command's closing parenthesis: state is the 3rd field, nice the 19th
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16];
        } catch (java.io.IOException notLinux) {
            return "unknown";
        }
    }
}
