package io.leadline.ratelimits;

import io.leadline.testing.OnPostgres;

@OnPostgres
class RateLimitApiOnPostgresTests extends RateLimitApiTests {}
