package com.cloudvista.payfast.expense.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A spending category: one of the built-ins everyone has (no owner, id = name, never changed) or
 * one of a caller's own. Lines, budgets and rules refer to a category by its name.
 */
@Entity
@Table(name = "category")
public class Category {

  /** Where lines of a deleted category go, and lines without any category are counted. */
  public static final String OTHER = "other";

  public static final Set<String> BUILT_IN =
      Set.of(
          "groceries",
          "dining",
          "transport",
          "housing",
          "utilities",
          "health",
          "entertainment",
          "shopping",
          "travel",
          "income",
          OTHER);

  @Id private String id;

  @Column(name = "owner_id")
  private String ownerId;

  @Column(nullable = false)
  private String name;

  private String color;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Category() {}

  public static Category create(String ownerId, String name, String color) {
    Category category = new Category();
    category.id = UUID.randomUUID().toString();
    category.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    category.name = Objects.requireNonNull(name, "name");
    category.color = color;
    category.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    return category;
  }

  public boolean isBuiltIn() {
    return ownerId == null;
  }

  public boolean isVisibleTo(String caller) {
    return ownerId == null || ownerId.equals(caller);
  }

  /** Renames or recolours one of the caller's own categories. */
  public void change(String newName, String newColor) {
    if (isBuiltIn()) {
      throw new BuiltInCategoryException();
    }
    if (newName != null) {
      name = newName;
    }
    if (newColor != null) {
      color = newColor;
    }
  }

  public String id() {
    return id;
  }

  public String ownerId() {
    return ownerId;
  }

  public String name() {
    return name;
  }

  public String color() {
    return color;
  }
}
