package io.camelkartra.simulator.state;

import java.util.List;
import java.util.Optional;

/** A membership site with its levels. Kartra has no inbound membership commands; they come from events. */
public record Membership(long id, String name, List<MembershipLevel> levels) {

    public Membership {
        levels = List.copyOf(levels);
    }

    public Optional<MembershipLevel> levelNamed(String levelName) {
        return levels.stream().filter(l -> l.name().equalsIgnoreCase(levelName)).findFirst();
    }
}
