package io.leadline.accounts.directory;

import io.leadline.accounts.authentication.CallerCache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OfficeRepository {

    private static final String COLUMNS = """
            id, team_id, parent_id, name, phone, phone_code, phone_country, email, city, state, zipcode, street_address,
            allow_manage_sub, created_at""";

    private final JdbcClient jdbc;
    private final CallerCache callers;

    OfficeRepository(JdbcClient jdbc, CallerCache callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    public void insert(Office office) {
        jdbc.sql("""
                        INSERT INTO offices (id, team_id, parent_id, name, phone, phone_code, phone_country, email, city,
                                             state, zipcode, street_address, allow_manage_sub, created_at)
                        VALUES (:id, :teamId, :parentId, :name, :phone, :phoneCode, :phoneCountry, :email, :city,
                                :state, :zipcode, :streetAddress, :allowManageSub, :createdAt)
                        """)
                .params(contactParams(office.contact()))
                .param("id", office.id())
                .param("teamId", office.teamId())
                .param("parentId", office.parentId())
                .param("name", office.name())
                .param("allowManageSub", office.allowManageSub())
                .param("createdAt", office.createdAt())
                .update();
        callers.changed();
    }

    void update(Office office) {
        jdbc.sql("""
                        UPDATE offices SET parent_id = :parentId, name = :name, phone = :phone, phone_code = :phoneCode,
                            phone_country = :phoneCountry, email = :email, city = :city, state = :state, zipcode = :zipcode,
                            street_address = :streetAddress, allow_manage_sub = :allowManageSub
                        WHERE team_id = :teamId AND id = :id
                        """)
                .params(contactParams(office.contact()))
                .param("id", office.id())
                .param("teamId", office.teamId())
                .param("parentId", office.parentId())
                .param("name", office.name())
                .param("allowManageSub", office.allowManageSub())
                .update();
        callers.changed();
    }

    /** The office under lock, so two updates of one office (or of its place in the tree) queue. */
    Optional<Office> lock(long teamId, long officeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offices WHERE team_id = :teamId AND id = :id FOR UPDATE")
                .param("teamId", teamId)
                .param("id", officeId)
                .query(OfficeRepository::toOffice)
                .optional();
    }

    static java.util.Map<String, Object> contactParams(ContactDetails c) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("phone", c.phone());
        params.put("phoneCode", c.phoneCode());
        params.put("phoneCountry", c.phoneCountry());
        params.put("email", c.email());
        params.put("city", c.city());
        params.put("state", c.state());
        params.put("zipcode", c.zipcode());
        params.put("streetAddress", c.streetAddress());
        return params;
    }

    static ContactDetails contact(ResultSet rs) throws SQLException {
        return new ContactDetails(
                rs.getString("phone"), rs.getString("phone_code"), rs.getString("phone_country"), rs.getString("email"),
                rs.getString("city"), rs.getString("state"), rs.getString("zipcode"), rs.getString("street_address"));
    }

    public Optional<Office> find(long teamId, long officeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offices WHERE team_id = :teamId AND id = :id")
                .param("teamId", teamId)
                .param("id", officeId)
                .query(OfficeRepository::toOffice)
                .optional();
    }

    public List<Office> findAll(long teamId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offices WHERE team_id = :teamId ORDER BY created_at, id")
                .param("teamId", teamId)
                .query(OfficeRepository::toOffice)
                .list();
    }

    /** The office and every office below it, however deep. */
    public List<Long> subtreeIds(long teamId, long officeId) {
        return jdbc.sql("""
                        WITH RECURSIVE subtree (id) AS (
                            SELECT id FROM offices WHERE team_id = :teamId AND id = :officeId
                            UNION ALL
                            SELECT o.id FROM offices o JOIN subtree s ON o.parent_id = s.id
                        )
                        SELECT id FROM subtree
                        """)
                .param("teamId", teamId)
                .param("officeId", officeId)
                .query(Long.class)
                .list();
    }

    private static Office toOffice(ResultSet rs, int row) throws SQLException {
        return new Office(
                rs.getLong("id"),
                rs.getLong("team_id"),
                rs.getObject("parent_id", Long.class),
                rs.getString("name"),
                contact(rs),
                rs.getBoolean("allow_manage_sub"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
