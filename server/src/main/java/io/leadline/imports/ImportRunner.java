package io.leadline.imports;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.database.DatabaseProduct;
import io.leadline.database.HeldInserts;
import io.leadline.database.PlannerStatistics;
import io.leadline.database.TransactionSettings;
import io.leadline.leads.LeadImports;
import io.leadline.leads.MatchedLead;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs import jobs, one at a time per node, on a thread of its own (the scheduler only looks for work). A job is this
 * node's while its lease lasts; each batch of rows commits with the checkpoint that counts it, so a node killed
 * mid-batch loses only the batch, and whichever node takes the job next starts after the last checkpoint: no row is
 * written twice. A batch is written together where it can be ({@link #write}); otherwise each row in a savepoint of
 * it, so a row the API refuses is recorded as that row's error and the rest of the batch stands. A dry run writes
 * every row and rolls each back, keeping the counts and errors. A batch's commit does not wait for the disk
 * ({@link TransactionSettings#unflushedCommit}): the checkpoint goes with it, so a batch a database crash takes back
 * is written again. On PostgreSQL, batches may be written behind one another ({@link #writeBehind}). Before each of
 * its steps the runner waits while this node answers requests ({@link RequestsFirst}); between batches it may also
 * rest ({@code leadline.imports.pause-percent} of the batch's time), leaving the database to the API.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final int BATCH = 500;
    /** How long a batch written behind another waits for a lock before it is written again on its own. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(2);
    /**
     * The planner's statistics are refreshed after this many rows and then each time a run has grown the tables
     * fourfold (six times in a million rows) and at the end: lookups keep using their indexes as the tables grow.
     */
    private static final long FIRST_STATISTICS = 2_000;

    private final ImportJobs jobs;
    private final LeadImports leads;
    private final AccountsService accounts;
    private final TeamFeaturesService teamFeatures;
    private final JsonMapper json;
    private final HeldInserts held;
    private final TransactionSettings transactionSettings;
    private final PlannerStatistics statistics;
    private final Clock clock;
    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate rowSavepoint;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(LowerPriority.threads("leadline-import"));
    /** Writes batches behind the one being committed ({@link #writeBehind}), and refreshes statistics meanwhile. */
    private final ExecutorService batchWriters;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean refreshingStatistics = new AtomicBoolean();
    /** How many batches may be in flight at once: 1 writes each batch after the one before has committed. */
    private final int batchesAtOnce;
    private final boolean onPostgres;
    /** After each batch the runner rests this share of the batch's time, leaving the database to the API. */
    private final int pausePercent;
    /** How long a job stays this node's without a checkpoint; a node that dies gives it up when this runs out. */
    private final Duration lease;

    private final ImportSummaries summaries;
    private final RequestsFirst requestsFirst;

    ImportRunner(ImportJobs jobs, LeadImports leads, AccountsService accounts, TeamFeaturesService teamFeatures,
            JsonMapper json, HeldInserts held, TransactionSettings transactionSettings, PlannerStatistics statistics, Clock clock,
            PlatformTransactionManager transactions,
            @Value("${leadline.imports.pause-percent:0}") int pausePercent,
            @Value("${leadline.imports.lease:PT60S}") Duration lease, ImportSummaries summaries,
            @Value("${leadline.imports.batches-at-once:2}") int batchesAtOnce, DatabaseProduct product,
            RequestsFirst requestsFirst) {
        this.requestsFirst = requestsFirst;
        this.batchesAtOnce = Math.max(1, batchesAtOnce);
        this.onPostgres = product.isPostgres();
        this.batchWriters = Executors.newFixedThreadPool(this.batchesAtOnce + 1, LowerPriority.threads("leadline-import-batch"));
        this.jobs = jobs;
        this.summaries = summaries;
        this.lease = lease;
        this.pausePercent = pausePercent;
        this.leads = leads;
        this.accounts = accounts;
        this.teamFeatures = teamFeatures;
        this.json = json;
        this.held = held;
        this.transactionSettings = transactionSettings;
        this.statistics = statistics;
        this.clock = clock;
        this.batchTransaction = new TransactionTemplate(transactions);
        this.rowSavepoint = new TransactionTemplate(transactions);
        this.rowSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Scheduled(fixedDelayString = "${leadline.imports.poll-interval:PT1S}",
            initialDelayString = "${leadline.imports.poll-interval:PT1S}")
    void lookForWork() {
        if (busy.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    runWaiting();
                } catch (RuntimeException e) {
                    // the database away (a failover); the next poll looks again, and a claimed job's lease runs out
                    log.warn("Import jobs not looked at: {}", e.getMessage());
                } finally {
                    busy.set(false);
                }
            });
        }
    }

    /** Runs every job waiting (or abandoned by a node that died), one after another, in the calling thread. */
    void runWaiting() {
        Optional<ImportJob> job;
        while ((job = claim()).isPresent()) {
            run(job.get(), Long.MAX_VALUE);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        batchWriters.shutdownNow();
    }

    Optional<ImportJob> claim() {
        OffsetDateTime now = Times.now(clock);
        return batchTransaction.execute(status -> jobs.claimNext(node, now, now.plus(lease)));
    }

    /** Runs a claimed job for at most {@code batches} batches (all of them, but for a test of a node dying). */
    void run(ImportJob job, long batches) {
        try {
            Optional<Caller> caller = accounts.actingFor(job.teamId(), job.createdBy(), "import job " + job.id());
            if (caller.isEmpty()) {
                finish(job, "failed", "the member who started the import was removed or deactivated");
                return;
            }
            Duration waitedBefore = requestsFirst.waited();
            String outcome = runRows(job, caller.get(), batches);
            log.info("Import job {}: this run gave way to requests for {} ms", job.id(),
                    requestsFirst.waited().minus(waitedBefore).toMillis());
            if (outcome != null) {
                finish(job, outcome, null);
            }
        } catch (RuntimeException unexpected) {
            log.error("import job {} failed", job.id(), unexpected);
            finish(job, "failed", String.valueOf(unexpected.getMessage()));
        }
    }

    /** The job's end state, or null when the job stopped being this node's (cancelled, or taken over). */
    private @Nullable String runRows(ImportJob job, Caller caller, long batches) {
        java.time.ZoneId zone = accounts.teamZone(job.teamId());
        ImportMapping mapping = job.mapping() == null ? null : ImportMapping.read(json.readTree(job.mapping()));
        Lookups lookups = new Lookups(job.dryRun());
        InFlight inFlight = new InFlight(job, caller, mapping, lookups);
        try (RowSource rows = RowSource.open(job.format(), jobs.file(job.id()), mapping, json, zone)) {
            for (long skipped = 0; skipped < job.rowsRead(); skipped++) {
                if (!skipRow(rows)) {
                    return "completed";
                }
            }
            long rowsUntilStatistics = FIRST_STATISTICS;
            for (long done = 0; done < batches; done++) {
                long batchStarted = System.nanoTime();
                requestsFirst.giveWay();
                List<Read> batch = new ArrayList<>(BATCH);
                boolean ended = readBatch(rows, batch);
                boolean stillOurs = writesBehind(job) ? inFlight.add(batch) : write(job, caller, mapping, batch, lookups);
                if (!stillOurs || (ended && !inFlight.settle(0))) {
                    return null;
                }
                rowsUntilStatistics -= batch.size();
                if (ended) {
                    statistics.refresh();
                } else if (rowsUntilStatistics <= 0) {
                    refreshStatisticsAside();
                    rowsUntilStatistics = (done + 1) * BATCH * 3;
                }
                if (ended) {
                    return "completed";
                }
                if (!rest(System.nanoTime() - batchStarted)) {
                    return null; // the node is stopping: the job stays running until its lease runs out, then resumes
                }
            }
            inFlight.settle(0);
            return null; // stopped early: the job stays running, as if its node had died
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        } finally {
            inFlight.awaitAll();
        }
    }

    /** On a thread of its own (a second or so at a million leads), while the batches go on; once at a time. */
    private void refreshStatisticsAside() {
        if (refreshingStatistics.compareAndSet(false, true)) {
            batchWriters.execute(() -> {
                try {
                    statistics.refresh();
                } catch (RuntimeException e) {
                    log.warn("Planner statistics not refreshed during an import: {}", e.getMessage());
                } finally {
                    refreshingStatistics.set(false);
                }
            });
        }
    }

    /** A row of the file as read: the row, or why it was refused before it could be written. */
    private record Read(@Nullable ImportRow row, RowSource.@Nullable RowRefused refused) {}

    /** Reads up to a batch of rows; true when the file has ended. */
    private static boolean readBatch(RowSource rows, List<Read> batch) {
        while (batch.size() < BATCH) {
            try {
                ImportRow row = rows.next();
                if (row == null) {
                    return true;
                }
                batch.add(new Read(row, null));
            } catch (RowSource.RowRefused refused) {
                batch.add(new Read(null, refused));
            }
        }
        return false;
    }

    /**
     * Writes a batch with the checkpoint that counts it; false when the job stopped being this node's. A job that
     * neither routes nor announces its leads writes them together, their inserts held and sent once per table; should
     * a row be refused there, that attempt is rolled back and the batch written row by row, each row in a savepoint.
     */
    private boolean write(ImportJob job, Caller caller, @Nullable ImportMapping mapping, List<Read> batch, Lookups lookups) {
        List<ImportRow> rows = batch.stream().map(Read::row).filter(java.util.Objects::nonNull).toList();
        if (!job.routing() && !job.webhooks() && !job.dryRun()) {
            try {
                return Boolean.TRUE.equals(batchTransaction.execute(status -> held.holding(() -> {
                    transactionSettings.unflushedCommit();
                    requestsFirst.giveWay();
                    lookups.matches.lookUp(leads, job.teamId(), rows);
                    return writeAll(job, batch, status, together(job, caller, mapping, lookups));
                }, requestsFirst::giveWay)));
            } catch (ApiException | org.springframework.dao.DataAccessException refused) {
                log.debug("import job {}: a row of the batch was refused, so it is written row by row", job.id(), refused);
            }
        }
        return Boolean.TRUE.equals(batchTransaction.execute(status -> {
            transactionSettings.unflushedCommit();
            lookups.matches.lookUp(leads, job.teamId(), rows);
            return writeAll(job, batch, status, (row, counts) -> writeInSavepoint(job, caller, mapping, row, counts, lookups));
        }));
    }

    private interface RowWriter {
        void write(ImportRow row, Batch counts);
    }

    /** Each row written in the batch's transaction, its inserts held: a refused row fails the whole attempt. */
    private RowWriter together(ImportJob job, Caller caller, @Nullable ImportMapping mapping, Lookups lookups) {
        return (row, counts) -> counts.count(writeRow(job, caller, mapping, row, lookups));
    }

    private boolean writeAll(ImportJob job, List<Read> batch, org.springframework.transaction.TransactionStatus status,
            RowWriter writer) {
        Batch counts = writeRows(job, batch, writer);
        if (!jobs.checkpoint(job.id(), node, counts.progress(), Times.now(clock).plus(lease))) {
            status.setRollbackOnly();
            return false;
        }
        return true;
    }

    private Batch writeRows(ImportJob job, List<Read> batch, RowWriter writer) {
        Batch counts = new Batch();
        for (Read read : batch) {
            requestsFirst.giveWay();
            counts.rows++;
            if (read.row() != null) {
                writer.write(read.row(), counts);
            } else {
                RowSource.RowRefused refused = java.util.Objects.requireNonNull(read.refused());
                counts.failed++;
                jobs.insertError(job.id(), refused.line, refused.error.errorCode().code(), refused.getMessage());
            }
        }
        return counts;
    }

    /**
     * Whether the job's batches are written behind one another: the next batch's rows are made while the one before
     * is sent and committed, on PostgreSQL, for a job that neither routes nor announces its leads and never updates a
     * lead (an update must see the lead it changes committed). Otherwise each batch waits for the one before.
     */
    private boolean writesBehind(ImportJob job) {
        return batchesAtOnce > 1 && onPostgres && !job.routing() && !job.webhooks() && !job.dryRun()
                && !job.duplicates().equals("update");
    }

    private enum Outcome { COMMITTED, STOPPED, WRITE_AGAIN }

    /** A batch being written behind another: when its rows are made, and how it ended. */
    private record Started(List<Read> batch, CompletableFuture<@Nullable Void> rowsMade, CompletableFuture<Outcome> outcome) {
        static final Started SETTLED = new Started(List.of(), CompletableFuture.completedFuture(null),
                CompletableFuture.completedFuture(Outcome.COMMITTED));
    }

    /**
     * One batch in its own transaction, behind the batch before it: its rows are made (looked up, checked, held) once
     * the previous batch's rows are made, so the file's rows are still taken in order; its inserts are sent while the
     * previous batch may still be committing; and it commits, with its checkpoint, only after the previous one did —
     * so the checkpoints stay in the file's order. Should the previous batch not commit, neither does this one, and
     * both are written again one after another ({@link InFlight#settle}). A lock waited for long (two batches adding
     * the same new word to the vocabulary, each waiting for the other) ends the attempt the same way.
     */
    private Outcome writeBehind(ImportJob job, Caller caller, @Nullable ImportMapping mapping, Lookups lookups,
            Started batch, Started previous) {
        List<ImportRow> rows = batch.batch().stream().map(Read::row).filter(java.util.Objects::nonNull).toList();
        try {
            return batchTransaction.execute(status -> {
                transactionSettings.unflushedCommit();
                transactionSettings.lockWaitsAtMost(LOCK_WAIT);
                Batch counts;
                try {
                    previous.rowsMade().join();
                    counts = held.holding(() -> {
                        requestsFirst.giveWay();
                        lookups.matches.lookUpBehind(leads, job.teamId(), rows, batchesAtOnce - 1);
                        Batch made = writeRows(job, batch.batch(), together(job, caller, mapping, lookups));
                        batch.rowsMade().complete(null); // before the inserts go: the next batch's rows start now
                        return made;
                    }, requestsFirst::giveWay);
                } finally {
                    batch.rowsMade().complete(null);
                }
                Outcome before = previous.outcome().join();
                if (before != Outcome.COMMITTED
                        || !jobs.checkpoint(job.id(), node, counts.progress(), Times.now(clock).plus(lease))) {
                    status.setRollbackOnly();
                    return before == Outcome.WRITE_AGAIN ? Outcome.WRITE_AGAIN : Outcome.STOPPED;
                }
                return Outcome.COMMITTED;
            });
        } catch (ApiException | org.springframework.dao.DataAccessException refused) {
            log.debug("import job {}: a batch written behind another was refused, so it is written again", job.id(), refused);
            return Outcome.WRITE_AGAIN;
        }
    }

    /** The batches of one run written behind one another, oldest first. */
    private final class InFlight {

        private final java.util.ArrayDeque<Started> started = new java.util.ArrayDeque<>();
        private final ImportJob job;
        private final Caller caller;
        private final @Nullable ImportMapping mapping;
        private final Lookups lookups;

        InFlight(ImportJob job, Caller caller, @Nullable ImportMapping mapping, Lookups lookups) {
            this.job = job;
            this.caller = caller;
            this.mapping = mapping;
            this.lookups = lookups;
        }

        /** Starts the batch once fewer than {@code batchesAtOnce} are in flight; false when the job stopped being ours. */
        boolean add(List<Read> batch) {
            if (!settle(batchesAtOnce - 1)) {
                return false;
            }
            Started previous = started.isEmpty() ? Started.SETTLED : started.getLast();
            Started next = new Started(batch, new CompletableFuture<>(), new CompletableFuture<>());
            started.addLast(next);
            try {
                batchWriters.execute(() -> {
                    try {
                        next.outcome().complete(writeBehind(job, caller, mapping, lookups, next, previous));
                    } catch (RuntimeException unexpected) {
                        log.warn("import job {}: a batch failed and is written again: {}", job.id(), unexpected.toString());
                        next.rowsMade().complete(null);
                        next.outcome().complete(Outcome.WRITE_AGAIN);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                next.rowsMade().complete(null);
                next.outcome().complete(Outcome.STOPPED);
            }
            return true;
        }

        /**
         * Waits until at most {@code left} batches are in flight. A batch to write again is written, with every batch
         * behind it (none of them committed), one after another as {@link #write} writes; false when the job stopped
         * being this node's.
         */
        boolean settle(int left) {
            while (started.size() > left) {
                Outcome outcome = started.getFirst().outcome().join();
                if (outcome == Outcome.COMMITTED) {
                    started.removeFirst();
                    continue;
                }
                List<Started> again = new ArrayList<>(started);
                awaitAll();
                if (outcome == Outcome.STOPPED || Thread.currentThread().isInterrupted()) {
                    return false; // cancelled, taken over, or the node is stopping: the job resumes from its checkpoint
                }
                for (Started batch : again) {
                    if (!write(job, caller, mapping, batch.batch(), lookups)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Waits for every batch in flight to end, whatever became of it. */
        void awaitAll() {
            started.forEach(batch -> batch.outcome().join());
            started.clear();
        }
    }

    /** False when the node is stopping. */
    private boolean rest(long batchNanos) {
        try {
            Thread.sleep(java.time.Duration.ofNanos(batchNanos * pausePercent / 100));
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean skipRow(RowSource rows) {
        try {
            return rows.next() != null;
        } catch (RowSource.RowRefused refusedBefore) {
            return true;
        }
    }

    private void writeInSavepoint(ImportJob job, Caller caller, @Nullable ImportMapping mapping, ImportRow row, Batch batch,
            Lookups lookups) {
        try {
            String outcome = rowSavepoint.execute(savepoint -> {
                String done = writeRow(job, caller, mapping, row, lookups);
                if (job.dryRun()) {
                    savepoint.setRollbackOnly();
                }
                return done;
            });
            batch.count(outcome);
        } catch (ApiException refused) {
            batch.failed++;
            jobs.insertError(job.id(), row.line(), refused.errorCode().code(), refused.getMessage());
        }
    }

    /** Writes one row; answers "created", "updated" or "skipped". */
    private String writeRow(ImportJob job, Caller caller, @Nullable ImportMapping mapping, ImportRow row, Lookups lookups) {
        if (row.assigneeEmail() != null) {
            row.payload().put("assignedUserId", lookups.memberIds.computeIfAbsent(
                    row.assigneeEmail().trim().toLowerCase(java.util.Locale.ROOT),
                    email -> accounts.findMemberByEmail(job.teamId(), email).map(Member::id).orElseThrow(() ->
                            ApiException.invalidField("assignee", "names no member of the team: '" + row.assigneeEmail() + "'"))));
        }
        if (mapping != null && mapping.createStages()) {
            createMissingStage(job, caller, row, lookups.existingStages);
        }
        LeadImports.Made made = new LeadImports.Made(row.createdAt(), job.routing(), job.webhooks(),
                "import job " + job.id());
        BatchMatches matches = lookups.matches;
        Optional<MatchedLead> duplicate = job.duplicates().equals("create") ? Optional.empty() : matches.duplicateOf(row);
        if (duplicate.isPresent() && job.duplicates().equals("skip")) {
            return "skipped";
        }
        if (duplicate.isPresent() && duplicate.get().leadId() > 0) {
            held.sendingAtOnce(() -> leads.update(caller, duplicate.get().leadId(), row.payload(), made));
            matches.wrote(row, duplicate.get());
            return "updated";
        }
        if (duplicate.isPresent()) {
            return "updated"; // a dry run's earlier row of the same file, not written
        }
        long created = leads.create(caller, row.payload(), made);
        matches.wrote(row, new MatchedLead(job.dryRun() ? 0 : created, row.createdAt() != null ? row.createdAt() : Times.now(clock)));
        return "created";
    }

    /** A stage this row made is not remembered: its savepoint may roll back (a refused row, a dry run). */
    private void createMissingStage(ImportJob job, Caller caller, ImportRow row, Set<String> existingStages) {
        String stage = row.payload().path("stage").asString("");
        if (stage.isBlank()) {
            return;
        }
        String name = stage.trim();
        if (existingStages.contains(name)) {
            return;
        }
        if (teamFeatures.stageNamed(job.teamId(), name).isPresent()) {
            existingStages.add(name);
        } else {
            teamFeatures.addStage(caller, name);
        }
    }

    private void finish(ImportJob job, String state, @Nullable String failure) {
        batchTransaction.executeWithoutResult(status -> {
            OffsetDateTime now = Times.now(clock);
            if (jobs.finish(job.id(), node, state, failure, now)) {
                jobs.dropFile(job.id());
                summaries.ended(job.teamId(), job.id(), now);
            }
        });
    }

    /** What one run of a job has looked up: member ids by email, stages that existed, the leads its rows match. */
    private static final class Lookups {
        final java.util.Map<String, Long> memberIds = new java.util.HashMap<>();
        final Set<String> existingStages = new HashSet<>();
        final BatchMatches matches;

        Lookups(boolean dryRun) {
            matches = new BatchMatches(dryRun);
        }
    }

    /** What one batch did so far. */
    private static final class Batch {
        long rows;
        long created;
        long updated;
        long skipped;
        long failed;

        void count(@Nullable String outcome) {
            switch (String.valueOf(outcome)) {
                case "created" -> created++;
                case "updated" -> updated++;
                default -> skipped++;
            }
        }

        ImportJobs.Progress progress() {
            return new ImportJobs.Progress(rows, created, updated, skipped, failed);
        }
    }
}
