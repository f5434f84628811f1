package io.leadline.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that run at a lower CPU priority than the server's requests (nice {@value #NICE}), so that a request
 * arriving while an import keeps both cores busy is scheduled at once instead of waiting behind the import's work
 * (an import gives way between its steps too, {@link RequestsFirst}, but a request needs a core before it gets that
 * far). Java cannot set a thread's priority on Linux, so each thread renices itself: its id is read from
 * {@code /proc/thread-self} and the system's {@code renice} is run once for it. Raising one's own nice value needs no
 * privilege.
 * Where that is not possible (no {@code /proc}, no {@code renice}) the thread runs at the normal priority, which only
 * costs the API some latency during imports. The database's work for the import is not affected.
 */
final class LowerPriority {

    static final int NICE = 10;
    private static final Logger log = LoggerFactory.getLogger(LowerPriority.class);
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");
    /** The system's own, not whatever a PATH names first. */
    private static final List<Path> RENICE = List.of(Path.of("/usr/bin/renice"), Path.of("/bin/renice"));

    private LowerPriority() {}

    /** Daemon threads of the given name, each lowering its own priority before it runs anything. */
    static ThreadFactory threads(String name) {
        return runnable -> {
            Thread thread = new Thread(() -> {
                lowerThisThread();
                runnable.run();
            }, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    static void lowerThisThread() {
        Optional<Path> renice = RENICE.stream().filter(Files::isExecutable).findFirst();
        if (!Files.isSymbolicLink(THREAD_SELF) || renice.isEmpty()) {
            return;
        }
        try {
            String threadId = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
            Process reniced = new ProcessBuilder(renice.get().toString(), "-n", String.valueOf(NICE), "-p", threadId)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!reniced.waitFor(5, TimeUnit.SECONDS) || reniced.exitValue() != 0) {
                reniced.destroy();
                log.debug("Thread {} keeps the normal CPU priority: renice did not succeed", threadId);
            }
        } catch (IOException e) {
            log.debug("Thread {} keeps the normal CPU priority: {}", Thread.currentThread().getName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
