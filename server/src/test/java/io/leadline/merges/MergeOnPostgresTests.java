package io.leadline.merges;

import io.leadline.testing.OnPostgres;

@OnPostgres
class MergeOnPostgresTests extends MergeTests {}
