package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.application.UserProfile;
import java.util.List;

/** {@code GET /auth/v1/users/me}. */
public record MeResponse(String id, String email, String displayName, List<String> groups) {

  static MeResponse of(UserProfile profile) {
    return new MeResponse(
        profile.id(), profile.email(), profile.displayName(), List.copyOf(profile.groups()));
  }
}
