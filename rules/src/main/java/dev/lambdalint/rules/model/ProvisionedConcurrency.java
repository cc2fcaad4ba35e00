package dev.lambdalint.rules.model;

/**
 * Provisioned concurrency configured for a function: SAM {@code ProvisionedConcurrencyConfig}, or an
 * {@code AWS::Lambda::Alias} / {@code AWS::Lambda::Version} of the function.
 *
 * @param executions the {@code ProvisionedConcurrentExecutions} value
 * @param declaredBy logical id of the resource that declares it
 */
public record ProvisionedConcurrency(Value executions, String declaredBy) {}
