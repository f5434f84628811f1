package io.leadline.search;

import io.leadline.testing.OnPostgres;

@OnPostgres
class TagMaskBackfillOnPostgresTests extends TagMaskBackfillTests {}
