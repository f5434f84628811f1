package io.leadline.exports;

import io.leadline.testing.OnH2;

@OnH2
class ExportOnH2Tests extends ExportTests {}
