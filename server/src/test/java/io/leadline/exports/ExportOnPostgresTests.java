package io.leadline.exports;

import io.leadline.testing.OnPostgres;

@OnPostgres
class ExportOnPostgresTests extends ExportTests {}
