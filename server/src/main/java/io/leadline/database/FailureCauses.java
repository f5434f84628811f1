package io.leadline.database;

import java.util.function.Predicate;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether any cause of a failure is of a kind: its chain of causes, and the failure a rollback that itself failed
 * carries as the transaction's application exception (the rollback's own error then says only "closed").
 */
public final class FailureCauses {

    private FailureCauses() {}

    public static boolean any(Throwable failure, Predicate<Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.test(cause)) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && any(rollback.getApplicationException(), kind)) {
                return true;
            }
        }
        return false;
    }
}
