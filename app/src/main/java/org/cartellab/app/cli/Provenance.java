package org.cartellab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cartellab.app.report.ProductVersion;
import org.cartellab.data.DataSet;

/** What produced a stored result: the code version, and a SHA-256 prefix of every bundled data file. */
final class Provenance {
    private Provenance() {}

    static String codeVersion() { return ProductVersion.label(); }

    static String dataVersions() {
        StringBuilder sb = new StringBuilder();
        for (DataSet d : DataSet.values()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(d.file()).append("=sha256:").append(sha256(d.file()));
        }
        return sb.toString();
    }

    private static String sha256(String file) {
        try (InputStream in = DataSet.class.getResourceAsStream(file)) {
            if (in == null) return "missing";
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(in.readAllBytes())).substring(0, 12);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable";
        }
    }
}
