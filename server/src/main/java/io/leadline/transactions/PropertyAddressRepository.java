package io.leadline.transactions;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PropertyAddressRepository {

    private final JdbcClient jdbc;

    PropertyAddressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the transaction's address; the caller holds the transaction's row lock, so no two writers race here. */
    void replace(long teamId, long leadId, PropertyAddress address, OffsetDateTime at) {
        jdbc.sql("DELETE FROM transaction_addresses WHERE team_id = :teamId AND transaction_id = :transactionId")
                .param("teamId", teamId)
                .param("transactionId", address.transactionId())
                .update();
        jdbc.sql("""
                        INSERT INTO transaction_addresses
                            (transaction_id, team_id, lead_id, street_address, unit, city, state, zip_code, county, label, updated_at)
                        VALUES (:transactionId, :teamId, :leadId, :streetAddress, :unit, :city, :state, :zipCode, :county, :label, :at)
                        """)
                .param("transactionId", address.transactionId())
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("streetAddress", address.streetAddress())
                .param("unit", address.unit())
                .param("city", address.city())
                .param("state", address.state())
                .param("zipCode", address.zipCode())
                .param("county", address.county())
                .param("label", address.label())
                .param("at", at)
                .update();
    }

    Optional<PropertyAddress> find(long teamId, long transactionId) {
        return jdbc.sql("""
                        SELECT transaction_id, unit, label, state, city, zip_code, street_address, county
                        FROM transaction_addresses WHERE team_id = :teamId AND transaction_id = :transactionId
                        """)
                .param("teamId", teamId)
                .param("transactionId", transactionId)
                .query((rs, n) -> new PropertyAddress(
                        rs.getLong("transaction_id"), rs.getString("unit"), rs.getString("label"), rs.getString("state"),
                        rs.getString("city"), rs.getString("zip_code"), rs.getString("street_address"), rs.getString("county")))
                .optional();
    }
}
