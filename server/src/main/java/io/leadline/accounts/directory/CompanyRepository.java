package io.leadline.accounts.directory;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CompanyRepository {

    private final JdbcClient jdbc;

    CompanyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The company, with the team's row locked so that two first writes cannot both insert; empty until first set, when
     * {@link #insert} makes the row.
     */
    Optional<Company> lock(long teamId) {
        jdbc.sql("SELECT id FROM teams WHERE id = :teamId FOR UPDATE").param("teamId", teamId).query(Long.class).single();
        return find(teamId);
    }

    Optional<Company> find(long teamId) {
        return jdbc.sql("""
                        SELECT name, phone, phone_code, phone_country, email, city, state, zipcode, street_address, header,
                               updated_at
                        FROM companies WHERE team_id = :teamId""")
                .param("teamId", teamId)
                .query((rs, n) -> new Company(
                        rs.getString("name"), OfficeRepository.contact(rs), rs.getString("header"),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .optional();
    }

    void insert(long teamId, Company company) {
        jdbc.sql("""
                        INSERT INTO companies (team_id, name, phone, phone_code, phone_country, email, city, state, zipcode,
                                               street_address, header, updated_at)
                        VALUES (:teamId, :name, :phone, :phoneCode, :phoneCountry, :email, :city, :state, :zipcode,
                                :streetAddress, :header, :updatedAt)
                        """)
                .params(OfficeRepository.contactParams(company.contact()))
                .param("teamId", teamId)
                .param("name", company.name())
                .param("header", company.header())
                .param("updatedAt", company.updatedAt())
                .update();
    }

    void update(long teamId, Company company) {
        jdbc.sql("""
                        UPDATE companies SET name = :name, phone = :phone, phone_code = :phoneCode, phone_country = :phoneCountry,
                            email = :email, city = :city, state = :state, zipcode = :zipcode, street_address = :streetAddress,
                            header = :header, updated_at = :updatedAt
                        WHERE team_id = :teamId
                        """)
                .params(OfficeRepository.contactParams(company.contact()))
                .param("teamId", teamId)
                .param("name", company.name())
                .param("header", company.header())
                .param("updatedAt", company.updatedAt())
                .update();
    }
}
