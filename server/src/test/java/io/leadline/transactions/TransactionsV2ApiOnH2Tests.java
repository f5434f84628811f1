package io.leadline.transactions;

import io.leadline.testing.OnH2;

@OnH2
class TransactionsV2ApiOnH2Tests extends TransactionsV2ApiTests {}
