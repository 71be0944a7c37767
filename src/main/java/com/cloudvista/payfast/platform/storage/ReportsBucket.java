package com.cloudvista.payfast.platform.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The reports bucket (uploads/, statements/) as an {@link ObjectStore}, once S3 is connected. */
@ApplicationScoped
public class ReportsBucket {

  @Inject S3Connector s3;
  @Inject S3Settings settings;

  private volatile ObjectStore store;

  public ObjectStore store() {
    ObjectStore current = store;
    if (current == null) {
      current =
          new ObjectStore(
              s3.client(),
              s3.presigner(),
              settings.reportsBucket(),
              settings.serverSideEncryption(),
              settings.kmsKeyId(),
              settings.tagUploads());
      store = current;
    }
    return current;
  }
}
