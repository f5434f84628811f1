package io.leadline.idempotency;

import io.leadline.testing.OnH2;

@OnH2
class IdempotentCreatesApiOnH2Tests extends IdempotentCreatesApiTests {}
