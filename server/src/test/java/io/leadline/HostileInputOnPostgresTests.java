package io.leadline;

import io.leadline.testing.OnPostgres;

@OnPostgres
class HostileInputOnPostgresTests extends HostileInputTests {}
