/** Fixed-window rate-limit counters shared by all instances through Redis, in-process without it. */
package com.cloudvista.payfast.platform.ratelimit;
