package io.leadline.search;

import io.leadline.testing.OnPostgres;

@OnPostgres
class SearchStatementsOnPostgresTests extends SearchStatementsTests {

    @Override
    String database() {
        return "postgresql";
    }
}
