package io.leadline.tasks;

import io.leadline.testing.OnPostgres;

@OnPostgres
class CalendarApiOnPostgresTests extends CalendarApiTests {}
