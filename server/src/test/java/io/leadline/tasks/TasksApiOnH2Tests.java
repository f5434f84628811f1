package io.leadline.tasks;

import io.leadline.testing.OnH2;

@OnH2
class TasksApiOnH2Tests extends TasksApiTests {}
