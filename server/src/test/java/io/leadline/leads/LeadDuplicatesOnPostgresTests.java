package io.leadline.leads;

import io.leadline.testing.OnPostgres;

@OnPostgres
class LeadDuplicatesOnPostgresTests extends LeadDuplicatesTests {}
