package io.camelkartra.live;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The smoke kit against a real Kartra account: runs only when KARTRA_APP_ID, KARTRA_API_KEY and KARTRA_API_PASSWORD are
 * set (and writes only when KARTRA_TEST_LEAD_EMAIL names a lead); otherwise it says, in one line, that it was skipped.
 * KARTRA_BASE_URL points it elsewhere (the simulator). The command is in the README.
 */
@ExtendWith(KartraLiveIT.WhenCredentialsAreSet.class)
class KartraLiveIT extends KartraSmokeKit {

    @Override
    protected LiveAccount account() {
        return LiveAccount.fromEnvironment(System.getenv());
    }

    /** Skips the class without credentials, saying so once. */
    static final class WhenCredentialsAreSet implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (LiveAccount.fromEnvironment(System.getenv()) != null) {
                return ConditionEvaluationResult.enabled("Kartra credentials are set");
            }
            if (context.getTestMethod().isEmpty()) {
                System.out.println("Live Kartra smoke kit skipped: KARTRA_APP_ID, KARTRA_API_KEY and KARTRA_API_PASSWORD are not set");
            }
            return ConditionEvaluationResult.disabled("KARTRA_APP_ID, KARTRA_API_KEY and KARTRA_API_PASSWORD are not set");
        }
    }
}
