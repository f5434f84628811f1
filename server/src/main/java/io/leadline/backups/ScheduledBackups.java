package io.leadline.backups;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backs the embedded database up every {@code leadline.backup.interval} (off by default) into
 * {@code leadline.backup.directory}, keeping the newest {@code leadline.backup.keep}; {@code leadline.backup.age}
 * is the newest backup's age in seconds (NaN while there is none), for an alert that backups stopped.
 */
@Component
class ScheduledBackups {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);
    static final String PREFIX = "leadline-";
    private static final java.util.regex.Pattern STAMPED = java.util.regex.Pattern.compile("leadline-\\d{8}-\\d{6}\\.zip");

    private final EmbeddedBackups backups;
    private final Path directory;
    private final Duration interval;
    private final int keep;
    private final Clock clock;
    /** After a failed backup, the next try waits this long (a full disk should not be hammered every minute). */
    static final Duration AFTER_A_FAILURE = Duration.ofMinutes(5);

    private volatile Instant notBefore = Instant.EPOCH;

    ScheduledBackups(EmbeddedBackups backups, MeterRegistry metrics, Clock clock,
            @Value("${leadline.backup.directory}") Path directory, @Value("${leadline.backup.interval}") Duration interval,
            @Value("${leadline.backup.keep}") int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("leadline.backup.keep must be 1 or more, not " + keep);
        }
        this.backups = backups;
        this.directory = directory;
        this.interval = interval;
        this.keep = keep;
        this.clock = clock;
        Gauge.builder("leadline.backup.age", this, ScheduledBackups::newestAgeSeconds).baseUnit("seconds").register(metrics);
    }

    /**
     * Checked every {@code leadline.backup.check-interval} (a minute); a backup is taken once the newest one is an
     * interval old, or there is none.
     */
    @Scheduled(fixedDelayString = "${leadline.backup.check-interval:PT1M}", initialDelayString = "${leadline.backup.check-interval:PT1M}")
    void backUpWhenDue() {
        if (interval.isZero() || !backups.available()) {
            return;
        }
        Instant now = clock.instant();
        Optional<Instant> newest = newest();
        if (newest.isPresent() && newest.get().plus(interval).isAfter(now) || notBefore.isAfter(now)) {
            return;
        }
        try {
            Path taken = backups.backupTo(directory.resolve(PREFIX + BackupController.STAMP.format(now) + ".zip"));
            log.info("Backed the embedded database up to {}", taken);
            forgetOld();
        } catch (IOException | RuntimeException failed) {
            notBefore = now.plus(AFTER_A_FAILURE);
            log.error("The scheduled backup into {} failed: {}", directory, failed.getMessage());
        }
    }

    private void forgetOld() throws IOException {
        List<Path> all = taken();
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            Files.deleteIfExists(old);
        }
    }

    /** The backups in the directory, oldest first (their names sort by time). */
    private List<Path> taken() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> STAMPED.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(Path::getFileName)).toList();
        }
    }

    /** When the newest backup was taken, read from its name (stamped from the server's clock when it was taken). */
    private Optional<Instant> newest() {
        try {
            List<Path> all = taken();
            if (all.isEmpty()) {
                return Optional.empty();
            }
            String name = all.getLast().getFileName().toString();
            return Optional.of(Instant.from(BackupController.STAMP.parse(name.substring(PREFIX.length(), name.length() - ".zip".length()))));
        } catch (IOException | java.time.DateTimeException unreadable) {
            return Optional.empty();
        }
    }

    private double newestAgeSeconds() {
        return newest().map(at -> (double) Duration.between(at, clock.instant()).toSeconds()).orElse(Double.NaN);
    }
}
