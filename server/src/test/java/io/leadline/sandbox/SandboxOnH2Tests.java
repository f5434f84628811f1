package io.leadline.sandbox;

import io.leadline.testing.OnH2;

@OnH2
class SandboxOnH2Tests extends SandboxTests {}
