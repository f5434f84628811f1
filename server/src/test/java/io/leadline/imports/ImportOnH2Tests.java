package io.leadline.imports;

import io.leadline.testing.OnH2;

@OnH2
class ImportOnH2Tests extends ImportTests {}
