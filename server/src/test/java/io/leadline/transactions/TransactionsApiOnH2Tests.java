package io.leadline.transactions;

import io.leadline.testing.OnH2;

@OnH2
class TransactionsApiOnH2Tests extends TransactionsApiTests {}
