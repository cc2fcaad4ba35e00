package dev.lambdalint.rules.policy;

/**
 * Lambda's hard limits and defaults for a standard function (Lambda developer guide: quotas,
 * configuration-memory, configuration-timeout; CloudFormation {@code AWS::Lambda::Function}).
 *
 * @param mbPerVcpu memory at which a function gets one full vCPU (1,769 MB)
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
        int timeoutDefaultSeconds) {

    public static final LambdaLimits DEFAULT = new LambdaLimits(128, 10240, 128, 1769, 512, 10240, 1, 900, 3);
}
