package dev.lambdalint.rules;

/**
 * What each rule's page says about Lambda Web Functions ({@code AWS::Lambda::WebFunction},
 * {@code WebFunctionRevision}, {@code WebFunctionEndpoint}), for {@link RuleInfo#webFunctions()}. One
 * wording per group of rules, so that the pages of a group agree. Source: the AWS CloudFormation
 * Template Reference for the three types (December 2026): a revision holds its code and runtime
 * ({@code BuildConfig}), and an execution role, environment variables, a timeout, a per-environment
 * concurrency, logging and an egress network connector ({@code ServiceConfig}); nothing else.
 */
public final class WebFunctionScope {
    /** Said on the page of a rule that leaves {@link RuleInfo#webFunctions()} empty. */
    public static final String NOT_READ = "Not judged: this rule does not read Lambda Web Function resources "
            + "(`AWS::Lambda::WebFunction`, `WebFunctionRevision`, `WebFunctionEndpoint`).";

    public static final String RUNTIME = "Judged: the `BuildConfig.RuntimeConfig.Runtime` of an "
            + "`AWS::Lambda::WebFunctionRevision` takes the same runtime ids, with the same lifecycle dates, as a "
            + "function's `Runtime`; the finding is at that line and names the revision.";

    public static final String NO_MEMORY = "Not judged: a Web Function revision has no memory setting "
            + "(no `MemorySize` in its CloudFormation schema).";

    public static final String NO_EPHEMERAL_STORAGE = "Not judged: a Web Function revision has no /tmp size "
            + "setting (no `EphemeralStorage` in its CloudFormation schema).";

    public static final String NO_VPC = "Not judged: a Web Function revision has no `VpcConfig`; it reaches "
            + "private networks through an egress network connector (`ServiceConfig.EgressNetworkConnectorArn`), "
            + "which is configured and permitted differently.";

    public static final String OTHER_CONCURRENCY = "Not judged: a Web Function's concurrency settings count "
            + "something else. `ServiceConfig.MaxConcurrencyPerEnvironment` is the requests one environment serves "
            + "at once and the endpoint's `ScalingConfig.MaxEnvironments` bounds the environments; neither is the "
            + "reserved or provisioned concurrency of a function, nor do Web Functions have event source mappings.";

    /** What {@code info}'s page and {@code lambdalint explain} say about Web Functions. */
    public static String of(RuleInfo info) {
        return info.webFunctions().isBlank() ? NOT_READ : info.webFunctions();
    }

    private WebFunctionScope() {
    }
}
