package io.leadline.accounts;

import io.leadline.testing.OnPostgres;

@OnPostgres
class OrganizationApiOnPostgresTests extends OrganizationApiTests {}
