/** JSON-B adapters shared by every API: exact minor-unit amounts. */
package com.cloudvista.payfast.platform.json;
