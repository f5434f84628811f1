package io.leadline.timeline;

import io.leadline.testing.OnH2;

@OnH2
class TimelineApiOnH2Tests extends TimelineApiTests {}
