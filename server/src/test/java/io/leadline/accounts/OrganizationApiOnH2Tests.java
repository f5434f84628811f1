package io.leadline.accounts;

import io.leadline.testing.OnH2;

@OnH2
class OrganizationApiOnH2Tests extends OrganizationApiTests {}
