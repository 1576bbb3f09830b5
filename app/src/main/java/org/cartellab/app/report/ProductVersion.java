package org.cartellab.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The one version string of the product: Maven's project version, written into {@code version.properties} at build
 * time (resource filtering), so the CLI's --version, summary.json, stored runs' provenance and the web's OpenAPI
 * document all show the same value. "development" when the file is missing or unfiltered (e.g. run from an IDE).
 */
public final class ProductVersion {
    private static final String NUMBER = load();

    private ProductVersion() {}

    /** The version, e.g. {@code 0.1.0}, or {@code development}. */
    public static String number() { return NUMBER; }

    /** The product and version, e.g. {@code cartel-lab 0.1.0}. */
    public static String label() { return "cartel-lab " + NUMBER; }

    private static String load() {
        try (InputStream in = ProductVersion.class.getResourceAsStream("/org/cartellab/app/version.properties")) {
            if (in == null) return "development";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.startsWith("${") ? "development" : v;
        } catch (IOException e) {
            return "development";
        }
    }
}
