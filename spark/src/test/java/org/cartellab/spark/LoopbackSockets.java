package org.cartellab.spark;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Linux only: the TCP sockets that given processes hold and whose local or remote address is not loopback, read
 * from {@code /proc/PID/fd} (socket inodes) and {@code /proc/net/tcp}, {@code /proc/net/tcp6}. A listener bound to
 * 0.0.0.0 or ::, or a connection to another host, is reported.
 */
final class LoopbackSockets {
    private LoopbackSockets() {}

    /** Whether this machine exposes the files the check reads. */
    static boolean available() {
        return Files.isReadable(Path.of("/proc/net/tcp")) && Files.isDirectory(Path.of("/proc/self/fd"));
    }

    /** Number of TCP sockets of {@code pids}, and the ones not on loopback, as "pid? local -> remote state". */
    record Census(int sockets, List<String> offLoopback) {}

    static Census census(List<Long> pids) throws IOException {
        Set<String> inodes = new HashSet<>();
        for (long pid : pids) {
            Path fd = Path.of("/proc", "" + pid, "fd");
            try (Stream<Path> s = Files.list(fd)) {
                for (Path p : s.toList()) {
                    try {
                        String target = Files.readSymbolicLink(p).toString();
                        if (target.startsWith("socket:[")) inodes.add(target.substring(8, target.length() - 1));
                    } catch (IOException e) {
                        // closed between listing and reading
                    }
                }
            } catch (IOException e) {
                // the process exited meanwhile
            }
        }
        int sockets = 0;
        List<String> off = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path t = Path.of(table);
            if (!Files.isReadable(t)) continue;
            List<String> lines = Files.readAllLines(t);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 10 || !inodes.contains(f[9])) continue;
                sockets++;
                String local = f[1].substring(0, f[1].indexOf(':'));
                String remote = f[2].substring(0, f[2].indexOf(':'));
                boolean listening = f[3].equals("0A");
                if (!loopback(local) || !(listening ? unspecified(remote) : loopback(remote))) {
                    off.add(table + " " + f[1] + " -> " + f[2] + " state " + f[3]);
                }
            }
        }
        return new Census(sockets, off);
    }

    private static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    /** 127.0.0.0/8, ::1 or ::ffff:127.x.x.x, as /proc/net prints them (each 32-bit word in host byte order). */
    static boolean loopback(String hex) {
        if (hex.length() == 8) return firstOctet127(hex);
        if (hex.length() == 32) {
            if (hex.equals(LITTLE ? "00000000000000000000000001000000" : "00000000000000000000000000000001")) return true;
            return hex.startsWith(LITTLE ? "0000000000000000FFFF0000" : "00000000000000000000FFFF") && firstOctet127(hex.substring(24));
        }
        return false;
    }

    private static boolean firstOctet127(String word) {
        return LITTLE ? word.endsWith("7F") : word.startsWith("7F");
    }

    private static boolean unspecified(String hex) {
        return hex.chars().allMatch(c -> c == '0');
    }
}
