package io.leadline.accounts;

import io.leadline.testing.OnH2;

@OnH2
class CachesAcrossNodesOnH2Tests extends CachesAcrossNodesTests {

    @Override
    boolean caches() {
        return false;
    }
}
