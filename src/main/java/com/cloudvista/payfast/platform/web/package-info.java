/** HTTP plumbing below the JAX-RS resources: request ids, body limits, container error pages. */
package com.cloudvista.payfast.platform.web;
