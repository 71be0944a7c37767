/** The composition root: the JAX-RS applications that assemble each context's resources. */
package com.cloudvista.payfast.app;
