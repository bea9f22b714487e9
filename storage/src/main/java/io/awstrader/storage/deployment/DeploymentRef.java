package io.awstrader.storage.deployment;

/** The keys of an active deployment, as the scheduler finds them through the index. */
public record DeploymentRef(String accountId, String deploymentId) {
}
