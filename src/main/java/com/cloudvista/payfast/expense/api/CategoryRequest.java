package com.cloudvista.payfast.expense.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new category (name required), or a change of one (absent fields stay). */
public record CategoryRequest(
    @Size(min = 1, max = 64)
        @Pattern(regexp = "[^\\x00-\\x1f]*", message = "must not contain control characters")
        @Schema(examples = "coffee")
        String name,
    @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a #rrggbb colour")
        @Schema(examples = "#795548")
        String color) {}
