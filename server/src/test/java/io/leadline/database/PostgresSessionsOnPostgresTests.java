package io.leadline.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pool's PostgreSQL sessions as {@link PostgresConnectionSettings} sets them up. */
@OnPostgres
class PostgresSessionsOnPostgresTests extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void sessionsStartNoParallelWorkers() {
        assertThat(jdbc.sql("SHOW max_parallel_workers_per_gather").query(String.class).single()).isEqualTo("0");
    }
}
