package io.leadline.notes;

import io.leadline.testing.OnPostgres;

@OnPostgres
class NotesApiOnPostgresTests extends NotesApiTests {}
