package io.leadline.ratelimits;

import io.leadline.testing.OnH2;

@OnH2
class RateLimitApiOnH2Tests extends RateLimitApiTests {}
