package dev.lambdalint.benchmarks.inputs;

/**
 * The shape of one generated template.
 *
 * @param functions how many functions; each comes with its queue (and, in plain CloudFormation, its role
 *     and event source mapping, which SAM derives from the function's Events and Policies)
 * @param flavor plain CloudFormation or SAM
 * @param conditions 0 for literal settings; otherwise that many Conditions, and settings written as
 *     {@code Fn::If} over them (nested, with {@code AWS::NoValue} branches)
 * @param cdkStack the stack name when the template is part of a generated cloud assembly: resources then
 *     carry {@code aws:cdk:path} Metadata and the functions' code is a CDK asset; null otherwise
 */
public record TemplateSpec(int functions, Flavor flavor, int conditions, String cdkStack) {

    public enum Flavor { CFN, SAM }

    /** Resources per function: function, queue, role, event source mapping (SAM: function and queue). */
    public int resourcesPerFunction() {
        return flavor == Flavor.SAM ? 2 : 4;
    }

    public int resources() {
        return functions * resourcesPerFunction();
    }

    public static TemplateSpec cfn(int functions) {
        return new TemplateSpec(functions, Flavor.CFN, 0, null);
    }

    public static TemplateSpec sam(int functions) {
        return new TemplateSpec(functions, Flavor.SAM, 0, null);
    }

    public TemplateSpec withConditions(int count) {
        return new TemplateSpec(functions, flavor, count, cdkStack);
    }

    public TemplateSpec inStack(String stack) {
        return new TemplateSpec(functions, flavor, conditions, stack);
    }
}
