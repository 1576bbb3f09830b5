# The network model of Prieto-Curiel, Campedelli & Hope (Science 381:1312, 2023) written from the published
# equations (DESIGN.md) in plain R with deSolve's lsoda at rtol = atol = 1e-6, the set-up of the authors' reference
# run. Used only to time an R implementation beside the Java engine (bench/run.sh r); never a runtime dependency.
#
# Usage: Rscript network_lsoda.R DATA_DIR [REPEATS]
#   DATA_DIR holds BACRIM2020_Nodes.csv, BACRIM2020_Rivals.csv, BACRIM2020_Alliances.csv.
# Prints the wall-clock and CPU seconds per 520-week run (medians of REPEATS) and members at weeks 0 and 520.
suppressMessages(library(deSolve))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript network_lsoda.R DATA_DIR [REPEATS]")
dir <- args[1]
repeats <- if (length(args) >= 2) as.integer(args[2]) else 5

read <- function(name) read.csv(file.path(dir, name), fileEncoding = "UTF-8-BOM", stringsAsFactors = FALSE)
nodes <- read("BACRIM2020_Nodes.csv")
n <- nrow(nodes)
index <- setNames(seq_len(n), nodes$Node)

# Symmetrise: W[i, j] = max(w_ij, w_ji), likewise V.
symmetric <- function(edges) {
  m <- matrix(0, n, n)
  for (k in seq_len(nrow(edges))) {
    i <- index[[edges$Node[k]]]
    j <- index[[edges$RNode[k]]]
    w <- max(m[i, j], edges$weight[k])
    m[i, j] <- w
    m[j, i] <- w
  }
  m
}
W <- symmetric(read("BACRIM2020_Rivals.csv"))
V <- symmetric(read("BACRIM2020_Alliances.csv"))
R <- rowSums(W)
A <- rowSums(V)
rank <- integer(n)
rank[order(-(R + A))] <- seq_len(n)   # order() is stable: ties keep file order

# K_ij = (W_ij + 1) / (A_i + 1), K_ii = 0, dense as the paper writes it.
K <- (W + 1) / (A + 1)
diag(K) <- 0

parms <- c(rho = 2.527474e-3, eta = 110, theta = 1.549231e-8, omega = 4.0e-8, C0 = 115000)
C0 <- parms[["C0"]] * (1 / rank) / sum(1 / seq_len(n))

rhs <- function(t, C, p) {
  total <- sum(C)
  list(C * (p[["rho"]] - p[["eta"]] / total - p[["theta"]] * as.vector(K %*% C) - p[["omega"]] * C))
}

run <- function() lsoda(C0, 0:520, rhs, parms, rtol = 1e-6, atol = 1e-6)

out <- run()
times <- replicate(repeats, system.time(run()))
cat(sprintf("r_seconds_per_run %.4f\n", median(times["elapsed", ])))
cat(sprintf("r_cpu_seconds_per_run %.4f\n", median(times["user.self", ] + times["sys.self", ])))
cat(sprintf("members_week0 %.6f\n", sum(out[1, -1])))
cat(sprintf("members_week520 %.6f\n", sum(out[521, -1])))
