package io.leadline.audit;

import io.leadline.testing.OnH2;

@OnH2
class AuditOnH2Tests extends AuditTests {}
