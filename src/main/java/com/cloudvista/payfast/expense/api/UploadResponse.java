package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.UploadService;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to PUT the file: the presigned URL (15 min) and the headers to send with it, as signed. */
@JsonbPropertyOrder({
  "id",
  "uploadUrl",
  "method",
  "headers",
  "expiresAt",
  "purpose",
  "contentType",
  "size"
})
public record UploadResponse(
    String id,
    @Schema(description = "presigned S3 PUT; send exactly `size` bytes with the `headers`")
        String uploadUrl,
    @Schema(examples = "PUT") String method,
    Map<String, String> headers,
    Instant expiresAt,
    String purpose,
    String contentType,
    long size) {

  static UploadResponse of(UploadService.NewUpload created) {
    var upload = created.upload();
    return new UploadResponse(
        upload.id(),
        created.put().url().toString(),
        "PUT",
        created.put().headers(),
        created.put().expiresAt(),
        upload.purpose().value(),
        upload.contentType(),
        upload.size());
  }
}
