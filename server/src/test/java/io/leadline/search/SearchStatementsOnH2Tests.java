package io.leadline.search;

import io.leadline.testing.OnH2;

@OnH2
class SearchStatementsOnH2Tests extends SearchStatementsTests {

    @Override
    String database() {
        return "h2";
    }
}
