package io.leadline.ids;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out ids from blocks of {@value #BLOCK_SIZE}: one database sequence call per block, none per id. Two nodes
 * never share a block because the sequence hands each block out once, so ids are collision-free by construction.
 * A block left unused by a restart is simply skipped.
 */
@Component
public class IdGenerator {

    static final int BLOCK_SIZE = 1000;

    private final JdbcClient jdbc;
    private final ReentrantLock lock = new ReentrantLock();
    private long next;
    private long blockEnd;

    IdGenerator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextId() {
        lock.lock();
        try {
            if (next == blockEnd) {
                long block = jdbc.sql("SELECT nextval('id_blocks')").query(Long.class).single();
                next = block * BLOCK_SIZE;
                blockEnd = next + BLOCK_SIZE;
            }
            return next++;
        } finally {
            lock.unlock();
        }
    }
}
