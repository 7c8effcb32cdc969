package co.athena.storage;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** A service's object store: one private bucket per service and environment. */
@ConfigMapping(prefix = "athena.s3")
public interface StorageSettings {

    String endpoint();

    String region();

    String accessKey();

    String secretKey();

    String bucket();

    /** Locally the bucket is made at start; in production it is provisioned and this is false. */
    boolean createBucket();

    /** How long a presigned download URL works (at most five minutes). */
    Duration downloadUrlTtl();
}
