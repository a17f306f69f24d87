package io.camelkartra.simulator.state;

/** An account's email sequence; its steps are the builder's box numbers {@code 1..steps}. */
public record Sequence(long id, String name, int steps) {

    public boolean hasStep(int step) {
        return step >= 1 && step <= steps;
    }
}
