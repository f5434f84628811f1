package io.leadline.merges;

import io.leadline.testing.OnH2;

@OnH2
class MergeOnH2Tests extends MergeTests {}
