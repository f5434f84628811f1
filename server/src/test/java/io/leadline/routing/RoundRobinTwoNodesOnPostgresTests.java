package io.leadline.routing;

import io.leadline.testing.OnPostgres;

@OnPostgres
class RoundRobinTwoNodesOnPostgresTests extends RoundRobinTwoNodesTests {}
