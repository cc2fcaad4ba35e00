package dev.lambdalint.cdk;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Token;

/** The CDK durations the constructs compare with the policy, which counts whole seconds. */
final class Durations {
    private Durations() {}

    static long wholeSeconds(Duration d, String what) {
        if (Token.isUnresolved(d.toMilliseconds())) {
            throw new IllegalArgumentException(what + " must be known at synth time, not a token");
        }
        long millis = d.toMilliseconds().longValue();
        if (millis % 1000 != 0) {
            throw new IllegalArgumentException(what + " must be whole seconds, not " + millis + " ms");
        }
        return millis / 1000;
    }
}
