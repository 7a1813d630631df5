import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.LibUtils;
import ai.djl.training.GradientCollector;

/**
 * Installer smoke check, not part of the app: starts the PyTorch engine the way the installed launcher does
 * (same class path, same system properties) and runs one forward and backward pass.
 * Compiled and run by installer/verify.sh against the jars inside the built app image.
 */
public final class EngineCheck {
    private EngineCheck() {
    }

    public static void main(String[] args) {
        Engine engine = Engine.getInstance();
        System.out.println("engine " + engine.getEngineName() + " " + engine.getVersion());
        System.out.println("libtorch " + LibUtils.getLibtorchPath());
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new float[] {1f, 2f, 3f, 4f}, new ai.djl.ndarray.types.Shape(2, 2));
            x.setRequiresGradient(true);
            try (GradientCollector gc = engine.newGradientCollector()) {
                NDArray y = x.matMul(x).sum();
                gc.backward(y);
                System.out.println("sum(x@x) = " + y.getFloat() + ", grad = "
                        + java.util.Arrays.toString(x.getGradient().toFloatArray()));
            }
        }
        System.out.println("user.home " + System.getProperty("user.home"));
    }
}
