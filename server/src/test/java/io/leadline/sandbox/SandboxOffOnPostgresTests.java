package io.leadline.sandbox;

import io.leadline.testing.OnPostgres;

@OnPostgres
class SandboxOffOnPostgresTests extends SandboxOffTests {}
