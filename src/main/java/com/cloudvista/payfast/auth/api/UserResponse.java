package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.application.UserProfile;

/** The answer to a sign-up. */
public record UserResponse(String id, String email, String displayName, String status) {

  static UserResponse of(UserProfile profile) {
    return new UserResponse(profile.id(), profile.email(), profile.displayName(), profile.status());
  }
}
