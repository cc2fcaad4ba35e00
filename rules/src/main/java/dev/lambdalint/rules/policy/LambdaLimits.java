package dev.lambdalint.rules.policy;

/**
 * Lambda's hard limits and defaults for a standard function (Lambda developer guide: quotas,
 * configuration-memory, configuration-timeout, snapstart; CloudFormation {@code AWS::Lambda::Function}), and the
 * defaults of the services in front of it that rules compare a function against.
 *
 * @param mbPerVcpu memory at which a function gets one full vCPU (1,769 MB)
 * @param unzippedCodeMaxMb the deployment package unzipped, function code and layers together (250 MB)
 * @param layersMax how many layers one function may use (5)
 * @param snapStartEphemeralStorageMaxMb the most /tmp a SnapStart function may have (512 MB)
 * @param environmentMaxBytes what all environment variables together may take, keys plus values (4 KB)
 * @param sqsVisibilityTimeoutDefaultSeconds a queue's VisibilityTimeout when the template does not set it (30 s)
 * @param sqsVisibilityTimeoutFactor the documented recommendation: a queue's visibility timeout should be this
 *     many times the function timeout, plus the batching window (6)
 * @param restApiTimeoutDefaultMillis a REST API integration's timeout when TimeoutInMillis is not set (29 s)
 * @param httpApiTimeoutDefaultMillis an HTTP API integration's timeout when TimeoutInMillis is not set (30 s)
 * @param webSocketTimeoutDefaultMillis a WebSocket API integration's timeout when TimeoutInMillis is not set (29 s)
 * @param managedInstanceMemoryMaxMb the most memory of a function on Lambda Managed Instances, one with
 *     {@code CapacityProviderConfig} (32,768 MB; Lambda API {@code MemorySize})
 * @param managedInstanceTimeoutMaxSeconds the longest timeout of a function on Lambda Managed Instances
 *     (5,400 s; Lambda API {@code Timeout}, configuration-timeout)
 */
public record LambdaLimits(
        int memoryMinMb,
        int memoryMaxMb,
        int memoryDefaultMb,
        int mbPerVcpu,
        int ephemeralStorageMinMb,
        int ephemeralStorageMaxMb,
        int timeoutMinSeconds,
        int timeoutMaxSeconds,
        int timeoutDefaultSeconds,
        int unzippedCodeMaxMb,
        int layersMax,
        int snapStartEphemeralStorageMaxMb,
        int environmentMaxBytes,
        int sqsVisibilityTimeoutDefaultSeconds,
        int sqsVisibilityTimeoutFactor,
        int restApiTimeoutDefaultMillis,
        int httpApiTimeoutDefaultMillis,
        int webSocketTimeoutDefaultMillis,
        int managedInstanceMemoryMaxMb,
        int managedInstanceTimeoutMaxSeconds) {

    public static final LambdaLimits DEFAULT = new LambdaLimits(128, 10240, 128, 1769, 512, 10240, 1, 900, 3,
            250, 5, 512, 4096, 30, 6, 29000, 30000, 29000, 32768, 5400);

    /** The most memory a function may have: higher on Lambda Managed Instances. */
    public int memoryMaxMb(boolean managedInstance) {
        return managedInstance ? managedInstanceMemoryMaxMb : memoryMaxMb;
    }

    /** The longest timeout a function may have: higher on Lambda Managed Instances. */
    public int timeoutMaxSeconds(boolean managedInstance) {
        return managedInstance ? managedInstanceTimeoutMaxSeconds : timeoutMaxSeconds;
    }
}
