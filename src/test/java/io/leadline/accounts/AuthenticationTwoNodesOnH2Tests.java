package io.leadline.accounts;

import io.leadline.testing.OnH2;

@OnH2
class AuthenticationTwoNodesOnH2Tests extends AuthenticationTwoNodesTests {

    @Override
    boolean caches() {
        return false;
    }
}
