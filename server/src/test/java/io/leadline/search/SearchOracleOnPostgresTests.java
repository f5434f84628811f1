package io.leadline.search;

import io.leadline.testing.OnPostgres;

@OnPostgres
class SearchOracleOnPostgresTests extends SearchOracleTests {}
