package io.camelkartra.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.camelkartra.simulator.ReplyShape;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of the class once per {@link ReplyShape} of the simulator: the documented replies and each variant
 * clients of the live API report. The class takes the shape as a {@code @Parameter} field and sets it on its simulator
 * before each test (the simulator's reset returns to the documented shape).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "reply shape {0}")
@EnumSource(ReplyShape.class)
public @interface InEveryReplyShape {
}
