package io.leadline;

import io.leadline.testing.OnH2;

@OnH2
class TimeRangeOnH2Tests extends TimeRangeTests {}
