/** JAX-RS resources and DTO records of the Auth API under /auth/v1. */
package com.cloudvista.payfast.auth.api;
