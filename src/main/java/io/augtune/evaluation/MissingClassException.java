package io.augtune.evaluation;

/**
 * A metric needs both normal and anomalous samples (or pixels) and one kind is absent, e.g. AUROC on a test set
 * without any defective image. The message says which class is missing.
 */
public class MissingClassException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MissingClassException(String metric, long normalCount, long anomalousCount) {
        super(metric + " needs both normal and anomalous samples, got " + normalCount + " normal and "
                + anomalousCount + " anomalous");
    }
}
