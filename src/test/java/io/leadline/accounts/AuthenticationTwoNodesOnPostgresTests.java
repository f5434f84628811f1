package io.leadline.accounts;

import io.leadline.testing.OnPostgres;

@OnPostgres
class AuthenticationTwoNodesOnPostgresTests extends AuthenticationTwoNodesTests {

    @Override
    boolean caches() {
        return true;
    }
}
