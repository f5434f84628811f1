package io.leadline.timeline;

import io.leadline.testing.OnPostgres;

@OnPostgres
class TimelineApiOnPostgresTests extends TimelineApiTests {}
