package io.leadline.transactions;

import io.leadline.testing.OnPostgres;

@OnPostgres
class TransactionsV2ApiOnPostgresTests extends TransactionsV2ApiTests {}
