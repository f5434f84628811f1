package io.leadline.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/** A bean that exists only in sandbox mode ({@code leadline.sandbox.enabled}): off, its endpoints answer 404. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnBooleanProperty("leadline.sandbox.enabled")
public @interface Sandboxed {}
