package com.cloudvista.payfast.platform.ratelimit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks money-moving endpoints: each caller may make at most {@code
 * payfast.ratelimit.transactions.limit} such requests per {@code
 * payfast.ratelimit.transactions.window}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {}
