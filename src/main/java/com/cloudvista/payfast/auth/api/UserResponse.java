package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.application.UserProfile;
import com.cloudvista.payfast.auth.domain.UserStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a sign-up. */
public record UserResponse(
    String id,
    String email,
    String displayName,
    @Schema(implementation = UserStatus.class) String status) {

  static UserResponse of(UserProfile profile) {
    return new UserResponse(profile.id(), profile.email(), profile.displayName(), profile.status());
  }
}
