package eu.credentialgateway;

/**
 * An exception's shape without its messages: each class of the cause chain with its first frames. Enough for a
 * developer to find a defect; nothing a document said (parser messages often quote the input).
 */
final class StackShape {
    private static final int FRAMES = 12;
    private static final int CAUSES = 5;

    private StackShape() {
    }

    static String of(Throwable thrown) {
        StringBuilder shape = new StringBuilder();
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < CAUSES; depth++) {
            shape.append(depth == 0 ? "" : "\n  caused by ").append(cause.getClass().getName());
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                shape.append("\n    at ").append(frames[i]);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return shape.toString();
    }
}
