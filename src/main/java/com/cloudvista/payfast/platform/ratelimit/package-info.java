/** Fixed-window rate limits: atomic counters in Redis, in-process counters while Redis is away. */
package com.cloudvista.payfast.platform.ratelimit;
