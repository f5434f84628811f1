package io.leadline.routing;

import io.leadline.testing.OnH2;

@OnH2
class RoutingApiOnH2Tests extends RoutingApiTests {}
