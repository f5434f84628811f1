package io.leadline.merges;

import io.leadline.testing.OnH2;

@OnH2
class DuplicateListOnH2Tests extends DuplicateListTests {}
