package io.leadline;

import io.leadline.testing.OnH2;

@OnH2
class AccessMatrixOnH2Tests extends AccessMatrixTests {}
