package com.cloudvista.payfast.expense.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/** Built-in categories belong to everyone: they cannot be renamed or deleted (409). */
public class BuiltInCategoryException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public BuiltInCategoryException() {
    super(ErrorCode.CONFLICT, "Built-in categories cannot be changed or deleted.");
  }
}
