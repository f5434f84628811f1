package io.leadline.leads;

import io.leadline.testing.OnPostgres;

@OnPostgres
class LeadsApiOnPostgresTests extends LeadsApiTests {}
