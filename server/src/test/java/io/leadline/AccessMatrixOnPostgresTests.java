package io.leadline;

import io.leadline.testing.OnPostgres;

@OnPostgres
class AccessMatrixOnPostgresTests extends AccessMatrixTests {}
