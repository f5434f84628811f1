package io.leadline.search;

import io.leadline.testing.OnH2;

@OnH2
class SearchOracleOnH2Tests extends SearchOracleTests {}
