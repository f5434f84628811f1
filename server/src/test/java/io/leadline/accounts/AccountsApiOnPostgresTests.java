package io.leadline.accounts;

import io.leadline.testing.OnPostgres;

@OnPostgres
class AccountsApiOnPostgresTests extends AccountsApiTests {}
