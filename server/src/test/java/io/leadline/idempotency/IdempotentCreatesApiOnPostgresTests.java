package io.leadline.idempotency;

import io.leadline.testing.OnPostgres;

@OnPostgres
class IdempotentCreatesApiOnPostgresTests extends IdempotentCreatesApiTests {}
