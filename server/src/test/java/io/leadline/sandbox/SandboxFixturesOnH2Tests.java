package io.leadline.sandbox;

import io.leadline.testing.OnH2;

@OnH2
class SandboxFixturesOnH2Tests extends SandboxFixturesTests {}
