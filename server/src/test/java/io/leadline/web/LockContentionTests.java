package io.leadline.web;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A write that waits too long for rows another transaction holds answers 503 with {@code Retry-After} and Leadline's
 * code, writes nothing, and succeeds once the rows are free (LL-27 item 5). The subclasses give the server's sessions
 * a short lock timeout, as an operator may.
 */
abstract class LockContentionTests extends ApiTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void aWriteThatCannotGetItsRowsIs503WithRetryAfterAndWritesNothing() throws Exception {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().with("firstName", "Before").build());
        String path = "/v1.0/leads/" + lead;

        ApiResponse busy;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM leads WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, lead);
                lock.executeQuery().close();
            }
            busy = team.owner().put(path, Map.of("firstName", "During"));
            holder.rollback();
        }

        assertThat(busy.status()).as(busy.toString()).isEqualTo(503);
        assertThat(busy.code()).isEqualTo(ErrorCode.ROWS_BUSY.code());
        assertThat(busy.headers().firstValue("Retry-After")).contains("1");
        assertThat(team.owner().get(path).json().path("lead").path("firstName").asString()).isEqualTo("Before");

        ApiResponse retried = team.owner().put(path, Map.of("firstName", "After"));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(team.owner().get(path).json().path("lead").path("firstName").asString()).isEqualTo("After");
    }
}
