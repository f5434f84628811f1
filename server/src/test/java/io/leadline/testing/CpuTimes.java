package io.leadline.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a benchmark phase's CPU went on Linux: this JVM (server, client and all), the PostgreSQL processes, and the
 * whole machine, from /proc. Shows whether the database or the application is the limit when both share the cores.
 */
public final class CpuTimes {

    private static final double TICKS_PER_SECOND = 100.0;

    private final double jvm;
    private final double postgres;
    private final double machineBusy;
    private final double machineTotal;
    private final long startedNanos;

    private CpuTimes() {
        jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        postgres = postgresSeconds();
        double[] machine = machineSeconds();
        machineBusy = machine[0];
        machineTotal = machine[1];
        startedNanos = System.nanoTime();
    }

    public static CpuTimes now() {
        return new CpuTimes();
    }

    /** CPU seconds used over a phase: this JVM's, PostgreSQL's, and the machine's busy share. */
    public record Used(double jvmSeconds, double postgresSeconds, double wallSeconds, double machineBusyShare) {

        public String describe() {
            return String.format("CPU per second: this JVM %.2f cores, PostgreSQL %.2f cores; machine busy %.0f%% of %d cores",
                    jvmSeconds / wallSeconds, postgresSeconds / wallSeconds, 100 * machineBusyShare,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** What was used since {@code start}. */
    public static Used since(CpuTimes start) {
        CpuTimes end = new CpuTimes();
        double total = end.machineTotal - start.machineTotal;
        return new Used(end.jvm - start.jvm, end.postgres - start.postgres, (end.startedNanos - start.startedNanos) / 1e9,
                total <= 0 ? 0 : (end.machineBusy - start.machineBusy) / total);
    }

    private static double postgresSeconds() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .mapToDouble(CpuTimes::postgresProcessSeconds).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static double postgresProcessSeconds(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int nameEnd = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, nameEnd).startsWith("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(nameEnd + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Busy and total CPU seconds of the whole machine (the first line of /proc/stat). */
    private static double[] machineSeconds() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            double total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            double idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new double[] {(total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }
}
