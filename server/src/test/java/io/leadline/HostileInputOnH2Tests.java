package io.leadline;

import io.leadline.testing.OnH2;

@OnH2
class HostileInputOnH2Tests extends HostileInputTests {}
