package co.athena.documents.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** Where enrollment documents are kept: one bucket per environment. */
@ConfigMapping(prefix = "athena.s3")
public interface S3Settings {

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
