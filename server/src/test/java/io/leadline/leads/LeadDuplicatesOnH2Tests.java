package io.leadline.leads;

import io.leadline.testing.OnH2;

@OnH2
class LeadDuplicatesOnH2Tests extends LeadDuplicatesTests {}
