/**
 * Redis (Jedis): the application's one optional client, every command behind short timeouts and one
 * MicroProfile Fault Tolerance circuit breaker, and the display-only read cache built on it.
 */
package com.cloudvista.payfast.platform.cache;
