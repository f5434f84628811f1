package io.leadline.sandbox;

import java.util.List;

/** A team a fixture file made: its id, its members with their keys, and how many leads it was given. */
public record LoadedTeam(String name, long teamId, List<LoadedMember> members, int leads) {}
