package com.cloudvista.payfast.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A machine client may call the resource method (or every method of the class) only with one of
 * these scopes; user tokens carry every permission of their user. Checked by {@link
 * DeclaredAccessFilter} before the method runs (403 forbidden otherwise). A method's annotation
 * replaces its class's.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScope {

  /** Any one of them is enough. */
  String[] value();
}
