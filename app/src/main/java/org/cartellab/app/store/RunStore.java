package org.cartellab.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cartellab.ensemble.Band;
import org.cartellab.ensemble.EnsembleMetric;
import org.cartellab.ensemble.EnsembleSpec;
import org.cartellab.ensemble.ReportPlan;
import org.cartellab.ensemble.RunSummary;
import org.cartellab.network.NetworkParameters;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The run store: an embedded DuckDB file with a table of runs (what, with which code and data, progress), their
 * items (one row per ensemble member, primary key (run id, index)) and their bands. An ensemble's items arrive in
 * chunks, each written in one transaction together with the run's {@code n_done}, so after a crash the store holds
 * whole chunks only and {@code n_done} equals the number of items. One process at a time (DuckDB locks the file).
 */
public final class RunStore implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private final Path file;
    private final Connection conn;

    private RunStore(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    /** Opens (creating if needed) the store at {@code file}. */
    public static RunStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of run store " + file + ": " + e.getMessage(), e);
        }
        Connection c;
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        } catch (SQLException | ClassNotFoundException e) {
            String why = e.getMessage() != null && e.getMessage().contains("lock") ? " (another cartel-lab process is using it)" : "";
            throw new StoreException("cannot open run store " + file + why + ": " + brief(e.getMessage()) + advice(e.getMessage(), file), e);
        }
        RunStore s = new RunStore(file, c);
        s.createSchema();
        return s;
    }

    public Path file() { return file; }

    private void createSchema() {
        exec("""
                CREATE TABLE IF NOT EXISTS runs (
                  id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, scenario_name VARCHAR NOT NULL, scenario VARCHAR NOT NULL,
                  parameters VARCHAR NOT NULL, seed BIGINT NOT NULL, series_stride INTEGER NOT NULL,
                  code_version VARCHAR NOT NULL, data_versions VARCHAR NOT NULL, created TIMESTAMP NOT NULL,
                  status VARCHAR NOT NULL, n_total BIGINT NOT NULL, n_done BIGINT NOT NULL)""");
        exec("""
                CREATE TABLE IF NOT EXISTS run_items (
                  run_id VARCHAR NOT NULL, idx BIGINT NOT NULL,
                  recruitment DOUBLE NOT NULL, incapacitation DOUBLE NOT NULL, conflict DOUBLE NOT NULL,
                  saturation DOUBLE NOT NULL, initial_members DOUBLE NOT NULL, collapse_week DOUBLE,
                  metric_values DOUBLE[] NOT NULL, PRIMARY KEY (run_id, idx))""");
        exec("""
                CREATE TABLE IF NOT EXISTS run_bands (
                  run_id VARCHAR NOT NULL, metric VARCHAR NOT NULL, weekly_column VARCHAR NOT NULL, week INTEGER NOT NULL,
                  n BIGINT NOT NULL, mean DOUBLE, q05 DOUBLE, q25 DOUBLE, q50 DOUBLE, q75 DOUBLE, q95 DOUBLE,
                  PRIMARY KEY (run_id, metric))""");
        exec("""
                CREATE TEMP TABLE IF NOT EXISTS staging_items (
                  idx BIGINT, recruitment DOUBLE, incapacitation DOUBLE, conflict DOUBLE, saturation DOUBLE,
                  initial_members DOUBLE, collapse_week DOUBLE, vals VARCHAR)""");
    }

    /** Records a new ensemble as running with no items; returns its id. */
    public String createEnsemble(String scenarioName, EnsembleSpec spec, String codeVersion, String dataVersions) {
        String id = "ens-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-" + UUID.randomUUID().toString().substring(0, 6);
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO runs VALUES (?, 'ensemble', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            ps.setString(1, id);
            ps.setString(2, scenarioName);
            ps.setString(3, spec.scenarioText());
            ps.setString(4, spec.distribution());
            ps.setLong(5, spec.seed());
            ps.setInt(6, spec.seriesStride());
            ps.setString(7, codeVersion);
            ps.setString(8, dataVersions);
            ps.setTimestamp(9, Timestamp.valueOf(LocalDateTime.now()));
            ps.setString(10, StoredRun.RUNNING);
            ps.setLong(11, spec.runs());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("record a new run", e);
        }
        return id;
    }

    /**
     * Adds one chunk of items and advances {@code n_done}, atomically: either the whole chunk is stored or none of
     * it. A duplicate (run id, index) aborts the chunk.
     */
    public void appendChunk(String runId, List<RunSummary> chunk) {
        if (chunk.isEmpty()) return;
        try {
            exec("DELETE FROM staging_items");
            try (DuckDBAppender a = conn.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staging_items")) {
                StringBuilder sb = new StringBuilder();
                for (RunSummary s : chunk) {
                    a.beginRow();
                    a.append(s.index());
                    for (double p : s.parameters().toArray()) a.append(p);
                    a.append(s.collapseWeek());
                    sb.setLength(0);
                    sb.append('[');
                    for (int k = 0; k < s.size(); k++) {
                        if (k > 0) sb.append(',');
                        sb.append(s.value(k)); // Double.toString round-trips exactly; DuckDB parses it correctly rounded
                    }
                    a.append(sb.append(']').toString());
                    a.endRow();
                }
            }
            conn.setAutoCommit(false);
            try (PreparedStatement ins = conn.prepareStatement("""
                    INSERT INTO run_items SELECT ?, idx, recruitment, incapacitation, conflict, saturation, initial_members,
                      collapse_week, CAST(vals AS DOUBLE[]) FROM staging_items""");
                 PreparedStatement upd = conn.prepareStatement("UPDATE runs SET n_done = n_done + ? WHERE id = ?")) {
                ins.setString(1, runId);
                int n = ins.executeUpdate();
                if (n != chunk.size()) throw new SQLException("inserted " + n + " items, expected " + chunk.size());
                upd.setLong(1, n);
                upd.setString(2, runId);
                if (upd.executeUpdate() != 1) throw new SQLException("no run " + runId);
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw fail("store a chunk of " + chunk.size() + " items of run " + runId, e);
        }
    }

    public void setStatus(String runId, String status) {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE runs SET status = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setString(2, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("update run " + runId, e);
        }
    }

    /** Stores the run's bands, replacing earlier ones of the same metrics (in one transaction; a run's metrics never change). */
    public void saveBands(String runId, List<Band> bands) {
        try {
            conn.setAutoCommit(false);
            // INSERT OR REPLACE, not DELETE + INSERT: DuckDB rejects re-inserting a deleted key in one transaction
            try (PreparedStatement ins = conn.prepareStatement("INSERT OR REPLACE INTO run_bands VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Band b : bands) {
                    ins.setString(1, runId);
                    ins.setString(2, b.metric().name());
                    ins.setString(3, b.metric().column().csvName());
                    ins.setInt(4, b.metric().week());
                    ins.setLong(5, b.n());
                    ins.setDouble(6, b.mean());
                    ins.setDouble(7, b.q05());
                    ins.setDouble(8, b.q25());
                    ins.setDouble(9, b.q50());
                    ins.setDouble(10, b.q75());
                    ins.setDouble(11, b.q95());
                    ins.addBatch();
                }
                ins.executeBatch();
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw fail("store the bands of run " + runId, e);
        }
    }

    public List<StoredRun> list() {
        List<StoredRun> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM runs ORDER BY created, id")) {
            while (rs.next()) out.add(row(rs));
        } catch (SQLException e) {
            throw fail("list runs", e);
        }
        return out;
    }

    public Optional<StoredRun> find(String id) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM runs WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("read run " + id, e);
        }
    }

    public StoredRun get(String id) {
        return find(id).orElseThrow(() -> new StoreException("no run '" + id + "' in " + file + " (see 'cartel-lab runs list')"));
    }

    private static StoredRun row(ResultSet rs) throws SQLException {
        EnsembleSpec spec = new EnsembleSpec(rs.getString("scenario"), rs.getString("parameters"), rs.getLong("seed"),
                rs.getLong("n_total"), rs.getInt("series_stride"));
        return new StoredRun(rs.getString("id"), rs.getString("kind"), rs.getString("scenario_name"), spec,
                rs.getString("code_version"), rs.getString("data_versions"), rs.getTimestamp("created").toLocalDateTime(),
                rs.getString("status"), rs.getLong("n_total"), rs.getLong("n_done"));
    }

    public long countItems(String runId) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM run_items WHERE run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw fail("count the items of run " + runId, e);
        }
    }

    /** Every stored item of a run, by ascending index. */
    public List<RunSummary> items(String runId) {
        List<RunSummary> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT idx, recruitment, incapacitation, conflict, saturation, initial_members, collapse_week, metric_values
                FROM run_items WHERE run_id = ? ORDER BY idx""")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    NetworkParameters p = new NetworkParameters(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6));
                    double collapse = rs.getDouble(7);
                    if (rs.wasNull()) collapse = Double.NaN;
                    Object[] raw = (Object[]) rs.getArray(8).getArray();
                    double[] v = new double[raw.length];
                    for (int k = 0; k < v.length; k++) v[k] = ((Number) raw[k]).doubleValue();
                    out.add(new RunSummary(rs.getLong(1), p, collapse, v));
                }
            }
        } catch (SQLException e) {
            throw fail("read the items of run " + runId, e);
        }
        return out;
    }

    public List<Band> bands(String runId, ReportPlan plan) {
        List<Band> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT metric, n, mean, q05, q25, q50, q75, q95 FROM run_bands WHERE run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EnsembleMetric m = plan.metrics().get(plan.indexOf(rs.getString(1)));
                    out.add(new Band(m, rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)));
                }
            }
        } catch (SQLException e) {
            throw fail("read the bands of run " + runId, e);
        }
        out.sort(Comparator.comparingInt(b -> plan.indexOf(b.metric().name())));
        return out;
    }

    /**
     * Writes a run's items as one wide table (index, parameters, collapse week, one column per metric) to
     * {@code out} in Parquet or CSV, through a temporary file moved into place at the end.
     */
    public void export(String runId, ReportPlan plan, String format, Path out) { export(runId, plan, format, out, false); }

    /** As {@link #export(String, ReportPlan, String, Path)}; {@code force} lets it replace an existing file. */
    public void export(String runId, ReportPlan plan, String format, Path out, boolean force) {
        checkId(runId);
        String fmt = switch (format.toLowerCase(Locale.ROOT)) {
            case "parquet" -> "(FORMAT PARQUET)";
            case "csv" -> "(FORMAT CSV, HEADER)";
            default -> throw new IllegalArgumentException("unknown export format '" + format + "'; expected parquet or csv");
        };
        StringBuilder cols = new StringBuilder("idx, recruitment, incapacitation, conflict, saturation, initial_members, collapse_week");
        for (int k = 0; k < plan.metrics().size(); k++) {
            cols.append(", metric_values[").append(k + 1).append("] AS \"").append(plan.metrics().get(k).name()).append('"');
        }
        String select = "COPY (SELECT " + cols + " FROM run_items WHERE run_id = '" + runId + "' ORDER BY idx) TO '";
        // the one output rule: a new file, or an existing one only when forced; written beside it and moved in
        org.cartellab.app.output.OutputTarget.file(out, force, "--out")
                .writeFile(tmp -> exec(select + tmp.toAbsolutePath().toString().replace("'", "''") + "' " + fmt));
    }

    /**
     * Imports the items of an ensemble computed elsewhere (the Spark job's Parquet: columns idx, the five parameters,
     * collapse_week, metric_values) as a new run; returns its id. One transaction: all items or none.
     */
    public String importItems(String scenarioName, EnsembleSpec spec, String codeVersion, String dataVersions, Path parquetGlob) {
        String id;
        try {
            conn.setAutoCommit(false); // the run's row and its items in one transaction: a failed import leaves nothing
            try (Statement st = conn.createStatement()) {
                id = createEnsemble(scenarioName, spec, codeVersion, dataVersions);
                int n = st.executeUpdate("INSERT INTO run_items SELECT '" + id + "', idx, recruitment, incapacitation, conflict, saturation,"
                        + " initial_members, collapse_week, metric_values FROM read_parquet('" + parquetGlob.toString().replace("'", "''") + "')");
                st.executeUpdate("UPDATE runs SET n_done = " + n + " WHERE id = '" + id + "'");
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw fail("import " + parquetGlob, e);
        }
        return id;
    }

    private static void checkId(String id) {
        if (!ID.matcher(id).matches()) throw new StoreException("'" + id + "' is not a run id (letters, digits, '-' and '_')");
    }

    private void exec(String sql) {
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw fail("run " + sql.strip().lines().findFirst().orElse(""), e);
        }
    }

    private StoreException fail(String what, SQLException e) {
        return new StoreException("run store " + file + ": cannot " + what + ": " + brief(e.getMessage()) + advice(e.getMessage(), file), e);
    }

    /** A database message cut to its first line and 300 characters (DuckDB may quote a whole statement). */
    static String brief(String message) {
        String m = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return m.length() > 300 ? m.substring(0, 300) + " ..." : m;
    }

    /** What to do when the store's file or its write-ahead log is damaged; empty for other problems. */
    static String advice(String message, Path file) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        boolean damaged = m.contains("wal") || m.contains("corrupt") || m.contains("serializ") || m.contains("checksum")
                || m.contains("not a valid duckdb") || m.contains("io error") || m.contains("truncat") || m.contains("invalid");
        if (!damaged) return "";
        Path wal = file.resolveSibling(file.getFileName() + ".wal");
        return ". The run store looks damaged. To recover: keep a copy (cp " + file + " " + file + ".bak); if "
                + wal.getFileName() + " exists, move it aside (mv " + wal + " " + wal + ".bad) to fall back to the last"
                + " checkpoint; then run 'cartel-lab runs check'. If the store still does not open, move it aside and"
                + " start a new one (--store or CARTEL_LAB_STORE); ensembles can be rerun from their seeds";
    }

    /**
     * Reads every table through (so a damaged or truncated file shows up here, not in the middle of a later command)
     * and checks each run: items stored equal n_done, no items beyond n_total, complete runs have all their items and
     * bands. Returns the problems found, each with what to do; empty when the store is sound.
     */
    public List<String> check() {
        List<String> problems = new ArrayList<>();
        try (Statement st = conn.createStatement()) {
            for (String table : List.of("runs", "run_items", "run_bands")) {
                try (ResultSet rs = st.executeQuery("SELECT count(*), sum(hash(COLUMNS(*))) FROM " + table)) {
                    rs.next();
                }
            }
        } catch (SQLException e) {
            problems.add("the store's data cannot be read: " + brief(e.getMessage()) + advice("corrupt", file));
            return problems;
        }
        for (StoredRun r : list()) {
            long items = countItems(r.id());
            if (items != r.done()) {
                problems.add("run " + r.id() + ": n_done is " + r.done() + " but " + items + " items are stored; export what is"
                        + " there ('runs export') and rerun the ensemble from its seed");
            } else if (r.done() > r.total()) {
                problems.add("run " + r.id() + ": " + r.done() + " items for a run of " + r.total() + "; rerun it from its seed");
            } else if (r.status().equals(StoredRun.COMPLETE) && r.done() != r.total()) {
                problems.add("run " + r.id() + ": marked complete with " + r.done() + " of " + r.total() + " items; 'runs resume " + r.id() + "'");
            } else if (!r.status().equals(StoredRun.COMPLETE) && r.done() < r.total()) {
                problems.add("run " + r.id() + ": unfinished (" + r.done() + " of " + r.total() + "); 'runs resume " + r.id() + "' completes it");
            }
        }
        return problems;
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw fail("close", e);
        }
    }
}
