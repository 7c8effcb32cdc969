package co.athena.infra;

/** An S3-compatible endpoint with static credentials (path-style access). */
public record S3Endpoint(String url, String accessKey, String secretKey, String region) {
}
