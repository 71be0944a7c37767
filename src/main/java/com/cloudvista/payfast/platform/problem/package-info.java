/** RFC 9457 problem+json: the one error shape every endpoint answers with. */
package com.cloudvista.payfast.platform.problem;
