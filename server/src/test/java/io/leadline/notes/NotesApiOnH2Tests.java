package io.leadline.notes;

import io.leadline.testing.OnH2;

@OnH2
class NotesApiOnH2Tests extends NotesApiTests {}
