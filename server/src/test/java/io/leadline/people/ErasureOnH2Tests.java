package io.leadline.people;

import io.leadline.testing.OnH2;

@OnH2
class ErasureOnH2Tests extends ErasureTests {}
