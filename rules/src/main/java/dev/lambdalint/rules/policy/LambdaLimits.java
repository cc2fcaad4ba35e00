package dev.lambdalint.rules.policy;

/**
 * Lambda's hard limits and defaults for a standard function (Lambda developer guide: quotas,
 * configuration-memory, configuration-timeout, snapstart; CloudFormation {@code AWS::Lambda::Function}).
 *
 * @param mbPerVcpu memory at which a function gets one full vCPU (1,769 MB)
 * @param unzippedCodeMaxMb the deployment package unzipped, function code and layers together (250 MB)
 * @param layersMax how many layers one function may use (5)
 * @param snapStartEphemeralStorageMaxMb the most /tmp a SnapStart function may have (512 MB)
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
        int snapStartEphemeralStorageMaxMb) {

    public static final LambdaLimits DEFAULT =
            new LambdaLimits(128, 10240, 128, 1769, 512, 10240, 1, 900, 3, 250, 5, 512);
}
