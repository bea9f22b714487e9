package io.awstrader.lambda;

/** The one runtime of a Lambda container, built at the first invocation and kept while the container is warm. */
final class Containers {
    private static DeploymentRuntime runtime;

    private Containers() {
    }

    static synchronized DeploymentRuntime runtime() {
        if (runtime == null) {
            runtime = DeploymentRuntime.fromEnvironment(System.getenv());
        }
        return runtime;
    }
}
