package io.leadline.people;

import io.leadline.testing.OnPostgres;

@OnPostgres
class ErasureOnPostgresTests extends ErasureTests {}
