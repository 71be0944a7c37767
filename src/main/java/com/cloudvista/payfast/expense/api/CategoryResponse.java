package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.domain.Category;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category; {@code builtIn} ones belong to everyone and cannot be changed. */
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "color", "builtIn"})
public record CategoryResponse(String id, String name, @Nullable String color, boolean builtIn) {

  static CategoryResponse of(Category category) {
    return new CategoryResponse(
        category.id(), category.name(), category.color(), category.isBuiltIn());
  }

  /** The list of GET /categories. */
  @Schema(name = "CategoryList")
  public record ListResponse(List<CategoryResponse> data) {}
}
