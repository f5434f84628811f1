package io.leadline.sandbox;

import java.util.List;

/** What the fixture file ({@code leadline.sandbox.fixtures}) made when the sandbox started; none without a file. */
public interface FixturesAtStart {

    List<LoadedTeam> loadedAtStart();
}
