package io.github.poolclient.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Generated;
import org.immutables.value.Value;

/**
 * Declares the one Immutables style of poolclient's value types.
 *
 * <p>An abstract {@code AbstractFoo} generates the public immutable {@code Foo} with {@code
 * builder()}, {@code copyOf} and {@code with*}. Only {@code @Override} and Immutables' own
 * class-retention {@code @Generated} are copied onto generated code, which keeps the module free of
 * a runtime dependency on Immutables or Error Prone annotations and lets JaCoCo and PIT skip
 * generated classes. Secrets print as {@code ****}.
 *
 * <p>{@code jdkOnly} makes the generated {@code toString()} print a redacted {@code Optional} only
 * when it is present ({@code clientSecret=****} then tells that a client has a secret); the Guava
 * flavour would print the mask even for an absent secret. Collections stay Guava's, because the
 * attributes are declared as Guava immutable collections.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    redactedMask = "****",
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class, Generated.class})
public @interface PoolclientStyle {}
