package io.leadline.imports;

import io.leadline.testing.OnPostgres;

@OnPostgres
class ImportOnPostgresTests extends ImportTests {}
