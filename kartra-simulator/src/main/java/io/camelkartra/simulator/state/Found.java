package io.camelkartra.simulator.state;

import java.util.Optional;
import java.util.function.LongFunction;

/** What an action looked up from its parameters, or the error that ends the action. */
record Found<T>(T value, Message error) {

    static <T> Found<T> of(T value) {
        return new Found<>(value, null);
    }

    static <T> Found<T> error(Message error) {
        return new Found<>(null, error);
    }

    /** The object with the id in {@code id} (digits only), or {@code missing}. */
    static <T> Found<T> byId(String id, LongFunction<Optional<T>> find, Message missing) {
        Optional<T> value = PhpNumbers.isId(id) ? find.apply(Long.parseLong(id)) : Optional.empty();
        return value.map(Found::of).orElseGet(() -> error(missing));
    }

    boolean failed() {
        return error != null;
    }

    ActionResult failure() {
        return ActionResult.error(error);
    }
}
