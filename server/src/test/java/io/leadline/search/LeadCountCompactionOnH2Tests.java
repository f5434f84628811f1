package io.leadline.search;

import io.leadline.testing.OnH2;

@OnH2
class LeadCountCompactionOnH2Tests extends LeadCountCompactionTests {}
