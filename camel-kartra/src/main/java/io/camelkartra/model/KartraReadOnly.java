package io.camelkartra.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field Kartra returns but does not accept: it is read from replies and events, and never sent, and a lead
 * body that sets it is refused instead of having it dropped without a word.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface KartraReadOnly {
}
