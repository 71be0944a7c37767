/** The OpenAPI document: what the generator cannot know from the resources alone. */
package com.cloudvista.payfast.app.openapi;
