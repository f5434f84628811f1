package io.leadline.transactions;

import io.leadline.testing.OnPostgres;

@OnPostgres
class TransactionsApiOnPostgresTests extends TransactionsApiTests {}
