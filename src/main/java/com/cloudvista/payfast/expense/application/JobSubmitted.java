package com.cloudvista.payfast.expense.application;

/** A background job (import or statement export) was queued; runners start it once this commits. */
public record JobSubmitted(String jobId) {}
