/** Redis (Jedis): the one client of the application, optional, with short timeouts. */
package com.cloudvista.payfast.platform.cache;
