package io.leadline.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The data source everything uses when a read replica is configured: the primary's pool, except on a thread that
 * {@link ReplicaReads} has sent to the replica. Unwrapping finds the primary's pool, as without a replica.
 */
final class ReplicaRouting extends DelegatingDataSource {

    private final ReadReplica replica;

    ReplicaRouting(DataSource primary, ReadReplica replica) {
        super(primary);
        this.replica = replica;
    }

    ReadReplica replica() {
        return replica;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return replica.active() ? replica.pool().getConnection() : super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return replica.active() ? replica.pool().getConnection() : super.getConnection(username, password);
    }
}
