package io.leadline.sandbox;

import io.leadline.testing.OnH2;

@OnH2
class SandboxOffOnH2Tests extends SandboxOffTests {}
