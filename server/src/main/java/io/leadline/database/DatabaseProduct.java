package io.leadline.database;

import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Which database this server runs on, read once, for the few statements that must differ between H2 and PostgreSQL. */
@Component
public class DatabaseProduct {

    private final String name;

    DatabaseProduct(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            this.name = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product name", e);
        }
    }

    public boolean isH2() {
        return name.equals("h2");
    }

    public boolean isPostgres() {
        return name.contains("postgres");
    }
}
