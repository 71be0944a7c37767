/** Application-wide settings read through MicroProfile Config, and the start-up banner. */
package com.cloudvista.payfast.platform.config;
