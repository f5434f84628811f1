package io.leadline;

import io.leadline.testing.OnPostgres;

@OnPostgres
class TimeRangeOnPostgresTests extends TimeRangeTests {}
