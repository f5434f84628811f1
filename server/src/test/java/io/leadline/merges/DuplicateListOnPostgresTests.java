package io.leadline.merges;

import io.leadline.testing.OnPostgres;

@OnPostgres
class DuplicateListOnPostgresTests extends DuplicateListTests {}
