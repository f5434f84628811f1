package io.leadline.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that run at a lower CPU priority than the server's requests (nice {@value #NICE}), so that a request
 * arriving while an import keeps both cores busy is scheduled at once instead of waiting behind the import's work
 * (an import gives way between its steps too, {@link RequestsFirst}, but a request needs a core before it gets that
 * far). Java cannot set a thread's priority on Linux, so each thread renices itself: its id is read from
 * {@code /proc/thread-self} and {@code renice} is run once for it. Raising one's own nice value needs no privilege.
 * Where that is not possible (no {@code /proc}, no {@code renice}) the thread runs at the normal priority, which only
 * costs the API some latency during imports. The database's work for the import is not affected.
 */
final class LowerPriority {

    static final int NICE = 10;
    private static final Logger log = LoggerFactory.getLogger(LowerPriority.class);
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

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
        if (!Files.isSymbolicLink(THREAD_SELF)) {
            return;
        }
        try {
            String threadId = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(NICE), "-p", threadId)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                renice.destroy();
                log.debug("Thread {} keeps the normal CPU priority: renice did not succeed", threadId);
            }
        } catch (IOException e) {
            log.debug("Thread {} keeps the normal CPU priority: {}", Thread.currentThread().getName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
