package io.leadline.tasks;

import io.leadline.testing.OnPostgres;

@OnPostgres
class RemindersTwoNodesOnPostgresTests extends RemindersTwoNodesTests {}
