package io.leadline;

import io.leadline.testing.OnPostgres;

@OnPostgres
class MetricsOnPostgresTests extends MetricsTests {}
