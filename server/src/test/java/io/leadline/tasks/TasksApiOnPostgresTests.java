package io.leadline.tasks;

import io.leadline.testing.OnPostgres;

@OnPostgres
class TasksApiOnPostgresTests extends TasksApiTests {}
