package io.leadline;

import io.leadline.testing.OnH2;

@OnH2
class MetricsOnH2Tests extends MetricsTests {}
