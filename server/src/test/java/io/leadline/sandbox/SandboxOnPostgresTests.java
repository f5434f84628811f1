package io.leadline.sandbox;

import io.leadline.testing.OnPostgres;

@OnPostgres
class SandboxOnPostgresTests extends SandboxTests {}
