package io.leadline.routing;

import io.leadline.testing.OnPostgres;

@OnPostgres
class RoutingApiOnPostgresTests extends RoutingApiTests {}
