/**
 * Typed JAX-RS clients of the Auth and Transaction APIs for the MicroShed ITs, with the bodies as
 * records and refusals as typed exceptions; every exchange is checked against the served document.
 */
package com.cloudvista.payfast.testing.clients;
