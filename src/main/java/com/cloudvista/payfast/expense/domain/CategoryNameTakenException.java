package com.cloudvista.payfast.expense.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/** Category names are unique per caller, built-ins included (409). */
public class CategoryNameTakenException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public CategoryNameTakenException(String name) {
    super(ErrorCode.CONFLICT, "A category named '" + name + "' already exists.");
  }
}
