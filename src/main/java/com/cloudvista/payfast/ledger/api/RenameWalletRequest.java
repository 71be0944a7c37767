package com.cloudvista.payfast.ledger.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RenameWalletRequest(@NotBlank @Size(max = 100) String name) {}
