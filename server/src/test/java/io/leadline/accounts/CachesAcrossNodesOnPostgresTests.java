package io.leadline.accounts;

import io.leadline.testing.OnPostgres;

@OnPostgres
class CachesAcrossNodesOnPostgresTests extends CachesAcrossNodesTests {

    @Override
    boolean caches() {
        return true;
    }
}
