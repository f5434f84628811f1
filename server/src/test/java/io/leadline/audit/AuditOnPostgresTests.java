package io.leadline.audit;

import io.leadline.testing.OnPostgres;

@OnPostgres
class AuditOnPostgresTests extends AuditTests {}
