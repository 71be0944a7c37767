/** The request the current thread serves (its id) and the loggers that tag each line with it. */
package com.cloudvista.payfast.platform.context;
