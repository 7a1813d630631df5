package io.augtune.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions of the app and its numeric engine, read from the build-filtered resource. */
public final class AppVersion {
    private static final Properties PROPS = load();

    private AppVersion() {
    }

    /** The application version, e.g. {@code 0.1.0}. */
    public static String app() {
        return PROPS.getProperty("version", "dev");
    }

    /** The DJL version the app was built against. */
    public static String djl() {
        return PROPS.getProperty("djl", "unknown");
    }

    /** The libtorch version the app was built against. */
    public static String pytorch() {
        return PROPS.getProperty("pytorch", "unknown");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/augtune-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Missing version info must never stop the app; defaults are used.
        }
        return p;
    }
}
